package org.casewatch.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** Parses a YAML document into {@link YamlNode}s with line numbers, using Jackson's streaming parser. */
final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {
    }

    /** Returns empty for an empty document. Duplicate keys are reported, the last one wins. */
    static Optional<YamlNode> read(Reader reader, Problems problems, String file) throws IOException {
        try (JsonParser parser = FACTORY.createParser(reader)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            return Optional.of(node(parser, problems, file));
        }
    }

    private static YamlNode node(JsonParser parser, Problems problems, String file) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser, problems, file));
            }
            return new YamlNode.Sequence(items, line);
        }
        if (token == JsonToken.START_OBJECT) {
            LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                YamlNode value = node(parser, problems, file);
                if (entries.containsKey(key)) {
                    problems.add(file, keyLine, key, "is given twice (first on line "
                            + entries.get(key).keyLine() + ")", "keep only one");
                }
                entries.put(key, new YamlNode.Entry(key, keyLine, value));
            }
            return new YamlNode.Mapping(entries, line);
        }
        String text = token == JsonToken.VALUE_NULL ? null : parser.getText();
        return new YamlNode.Scalar(text, line);
    }
}
