package org.casewatch.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into words: runs of letters, with apostrophes inside a word kept in it (Kazakh case endings
 * are written "Temirkhanov'tyn"). Hyphens split, so "Kassym-Jomart" is two words, as is "Kassym Jomart".
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int previousEnd = -1;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK
                    || isApostrophe(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            String word = text.substring(start, i);
            boolean joined = previousEnd >= 0 && onlySpaces(text, previousEnd, start);
            boolean initial = word.length() <= 2 && i < n && text.charAt(i) == '.';
            char first = word.charAt(0);
            boolean cyrillic = Character.UnicodeBlock.of(first) == Character.UnicodeBlock.CYRILLIC;
            String latin = Skeleton.latin(word);
            out.add(new Token(start, i, Skeleton.fold(latin), latin, Character.isUpperCase(first), cyrillic, joined,
                    initial, sentenceStart(text, start), possessive(word)));
            previousEnd = initial ? i + 1 : i;
        }
        return out;
    }

    /** True when only quotes, brackets or spaces stand between the word and a sentence end or the text start. */
    private static boolean sentenceStart(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '•') {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'«»“”„([—–-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean possessive(String word) {
        int n = word.length();
        return n > 2 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S') && isApostrophe(word.charAt(n - 2));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
