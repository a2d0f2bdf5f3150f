package org.casewatch.model;

/** How polling one source ended. */
public enum SourceOutcome {
    /** Fetched and parsed; some or no new items. */
    FETCHED,
    /** The server said nothing changed. */
    NOT_MODIFIED,
    /** Fetching or parsing failed; recorded on the source's row. */
    FAILED
}
