package org.casewatch.hearings;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at . ! ? and line breaks, except after initials ("A."), common abbreviations
 * ("г.", "ст.", "Mr."), and inside numeric dates ("03.03.2020").
 */
final class Sentences {

    /** A sentence's place in the text. */
    record Span(int start, int end) {
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("г", "гг", "ст", "ул", "им", "т",
            "д", "mr", "mrs", "ms", "dr", "st", "no", "art", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "am", "pm", "ч", "п", "апелл", "обл", "пр", "тел", "см");

    private Sentences() {
    }

    static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || c == '!' || c == '?'
                    || c == '.' && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))) && !abbreviation(text, i);
            if (end) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean abbreviation(String text, int dot) {
        int i = dot - 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
            i--;
        }
        String word = text.substring(i + 1, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(dot - 1))) {
            return true;
        }
        // Initials written together: "Жаксылыков Д.С. на приговор".
        if (word.matches("(\\p{L}\\.)+\\p{L}") && Character.isUpperCase(text.charAt(dot - 1))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
