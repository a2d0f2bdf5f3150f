package org.casewatch.config;

import java.util.LinkedHashMap;
import java.util.List;

/** A YAML value that remembers the line it started on, so errors can point at it. */
sealed interface YamlNode {

    int line();

    /** A plain value; {@code null} text for an explicit YAML null. */
    record Scalar(String text, int line) implements YamlNode {
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
    }

    /** Keys keep their own lines, so an unknown field is reported where it was written. */
    record Mapping(LinkedHashMap<String, Entry> entries, int line) implements YamlNode {
    }

    record Entry(String key, int keyLine, YamlNode value) {
    }

    default String describe() {
        if (this instanceof Scalar s) {
            return s.text() == null ? "nothing" : "a single value";
        }
        return this instanceof Sequence ? "a list" : "a mapping";
    }
}
