package org.casewatch.store;

import org.casewatch.model.Item;
import org.casewatch.model.Mention;

import java.util.List;

/**
 * A waiting alert: the item that first brought the story, the followed persons it names with their
 * mentions, and the other sources that carried the same story since.
 *
 * @param alsoIn source ids of later copies of the story
 */
public record QueuedAlert(long id, long storyId, String sourceId, Item item, List<String> personIds,
                          List<Mention> mentions, List<String> alsoIn) {
}
