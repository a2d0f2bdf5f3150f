package org.casewatch.config;

/** One thing wrong in a configuration file, with where it is and how to fix it. */
public record ConfigProblem(String file, int line, String field, String what, String fix) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        String how = fix.isEmpty() ? "" : " (" + fix + ")";
        return where + ": " + field + ": " + what + how;
    }
}
