package org.casewatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One story as a digest lists it: the first item's title and link, and every source that carried it.
 *
 * @param personIds the watched persons the story names
 */
public record StoryDigest(long storyId, String title, String link, Optional<Instant> published, List<String> sourceIds,
                          List<String> personIds) {

    public StoryDigest {
        sourceIds = List.copyOf(sourceIds);
        personIds = List.copyOf(personIds);
    }

    public StoryDigest withText(String newTitle, String newLink) {
        return new StoryDigest(storyId, newTitle, newLink, published, sourceIds, personIds);
    }
}
