package org.casewatch.web;

/** A request the console refuses, with the status and the words the page shows (a key of {@link Texts}). */
final class Refusal extends RuntimeException {

    private final int status;

    Refusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
