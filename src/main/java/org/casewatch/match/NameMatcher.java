package org.casewatch.match;

import org.casewatch.model.Mention;

import java.util.List;

/** Finds every mention of a watched person in a text and explains each one. */
public interface NameMatcher {

    /** Mentions in order of position; offsets are UTF-16 units of {@code text}. */
    List<Mention> find(String text);
}
