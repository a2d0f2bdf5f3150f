package org.casewatch.config;

import java.util.ArrayList;
import java.util.List;

/** Collects every configuration problem so the operator sees them all at once, not one per attempt. */
final class Problems {

    private final List<ConfigProblem> list = new ArrayList<>();

    void add(String file, int line, String field, String what, String fix) {
        list.add(new ConfigProblem(file, line, field, what, fix));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<ConfigProblem> all() {
        return List.copyOf(list);
    }
}
