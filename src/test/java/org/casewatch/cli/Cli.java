package org.casewatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/** Runs a casewatch command in-process and keeps its exit code, output and errors. */
record Cli(int code, String out, String err) {

    static Cli run(Map<String, String> env, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err), new Environment(env, clock));
        return new Cli(code, out.toString(), err.toString());
    }

    /** Runs a command at the moment the test chose: no test reads the system clock. */
    static Cli run(Clock clock, String... args) {
        return run(Map.of(), clock, args);
    }
}
