package org.casewatch.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry read from a source: a feed entry or a row of a page. Text fields are plain text, never HTML.
 *
 * @param guid the source's own identifier when it gives one, otherwise empty
 */
public record Item(String guid, String link, String title, String summary, Optional<Instant> published) {

    /** The text the matcher reads: title, then summary or article text. */
    public String matchText() {
        return summary.isBlank() ? title : title + "\n\n" + summary;
    }

    public Item withSummary(String text) {
        return new Item(guid, link, title, text, published);
    }
}
