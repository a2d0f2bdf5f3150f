package org.casewatch.model;

/** How a source's body is read: a syndication feed (RSS/Atom) or an HTML page scraped with CSS selectors. */
public enum SourceKind {
    FEED, PAGE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
