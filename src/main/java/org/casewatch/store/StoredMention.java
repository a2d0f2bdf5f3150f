package org.casewatch.store;

import org.casewatch.model.Mention;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored mention with the item it was found in, for the console's pages.
 *
 * @param review     {@code kept} or {@code withdrawn} once a staff member decided; empty before
 * @param reviewedBy the address of that staff member
 */
public record StoredMention(long id, long itemId, String sourceId, String title, String link,
                            Optional<Instant> published, Instant seenAt, Mention mention, Optional<String> review,
                            Optional<String> reviewedBy) {

    public boolean withdrawn() {
        return review.filter("withdrawn"::equals).isPresent();
    }
}
