package org.casewatch.hearings;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the clauses of a sentence, word by word: a clause ends at ";", ": ", a dash between spaces, a
 * bracket, or a comma before "while", "but", "а", "но". Event words speak of the dates of their own clause.
 */
final class Clauses {

    private static final String[] MARKS = {";", ": ", " — ", " – ", " - ", "(", ")", ", while ", ", whereas ", ", but ",
            ", а ", ", но ", ", однако ", "\"", ", тогда как ", ", в то время как ", ", whereas ", "«", "»", "\u201c",
            "\u201d"};

    /** A line's head that is a date or a time and little else: "▪️ 3 февраля 2025 года", "12:40", "15–17 April". */
    private static final java.util.regex.Pattern TIMELINE = java.util.regex.Pattern.compile(
            "[^\\p{L}\\p{N}]*(?:(?:UPDATE|UPD|ОБНОВЛЕНИЕ|ЖАҢАРТУ),?\\s*)?\\d[^.!?]{0,30}");

    private Clauses() {
    }

    /** For each word of the sentence, the number of its clause. */
    static List<Integer> of(String sentence, Words words) {
        List<Integer> boundaries = new ArrayList<>();
        for (String mark : MARKS) {
            for (int i = sentence.indexOf(mark); i >= 0; i = sentence.indexOf(mark, i + 1)) {
                // "4 September — Her office is searched", "12:40 — ...": a timeline's date heads its entry.
                String head = sentence.substring(0, i);
                boolean timeline = TIMELINE.matcher(head).matches() && head.strip().split("\\s+").length <= 5;
                if (!(mark.contains("—") || mark.contains("–")) || !timeline) {
                    boundaries.add(i);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int start : words.starts()) {
            int clause = 0;
            for (int b : boundaries) {
                if (b < start) {
                    clause++;
                }
            }
            out.add(clause);
        }
        return out;
    }
}
