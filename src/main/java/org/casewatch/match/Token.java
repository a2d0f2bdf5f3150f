package org.casewatch.match;

/**
 * One word of a text: its place, its skeleton, and the facts about its writing that the rules need.
 *
 * @param joinedToPrevious only spaces (no punctuation) separate it from the previous word
 * @param initial          one or two letters followed by a full stop, like "A." or "Zh."
 * @param sentenceStart    the first word of the text or of a sentence, where every word is capitalised
 * @param possessive       written with an English possessive 's, whose s is no case ending of another language
 */
record Token(int start, int end, String skeleton, String latin, boolean capitalized, boolean cyrillic,
             boolean joinedToPrevious, boolean initial, boolean sentenceStart, boolean possessive) {
}
