package org.casewatch.cli;

/** The process exit codes, documented in {@code casewatch --help} and the README. */
final class ExitCodes {

    static final int OK = 0;
    /** The command ran but something failed: a source could not be read, or an unexpected error. */
    static final int FAILED = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** A configuration file has problems; nothing was run. */
    static final int CONFIG = 3;

    private ExitCodes() {
    }
}
