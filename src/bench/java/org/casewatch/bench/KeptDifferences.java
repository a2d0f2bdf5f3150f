package org.casewatch.bench;

import org.casewatch.model.Item;

import java.util.Optional;

/** Names the reason a difference from feedparser is kept on purpose, when it is one of those listed in the README. */
final class KeptDifferences {

    private KeptDifferences() {
    }

    static Optional<String> reason(SuiteFile file, StatedFields.Stated stated, Optional<Item> item) {
        return Optional.empty();
    }
}
