package org.casewatch.cli;

import java.time.Clock;
import java.util.Map;

/** What the commands take from outside the command line: the process environment and the clock. */
record Environment(Map<String, String> variables, Clock clock) {

    static Environment system() {
        return new Environment(System.getenv(), Clock.systemUTC());
    }
}
