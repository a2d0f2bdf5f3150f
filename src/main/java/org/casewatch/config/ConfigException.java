package org.casewatch.config;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the configuration has problems; carries all of them, one per line in the message. */
public final class ConfigException extends RuntimeException {

    private final List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
