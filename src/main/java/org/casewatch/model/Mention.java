package org.casewatch.model;

/**
 * One place in a text where a watched person is named, with what explains it.
 *
 * @param start offset of the first UTF-16 unit of {@code surface} in the matched text
 * @param end   offset just past it
 * @param snippet the surrounding text, with the name at {@code snippetStart}..{@code snippetEnd}
 */
public record Mention(String personId, String surface, int start, int end, String snippet, int snippetStart,
                      int snippetEnd, double confidence, String rule) {
}
