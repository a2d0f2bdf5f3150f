package org.casewatch.store;

import org.casewatch.model.Item;

/**
 * An item not seen before, with the identity computed from it as first read (before any article text
 * was added), so the same entry maps to the same key and hash on every poll.
 */
public record NewItem(String sourceId, String key, String contentHash, Item item) {
}
