package org.casewatch.hearings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sentence's words with their places: the unit cue distances are counted in. */
record Words(List<String> lower, List<String> original, List<Integer> starts) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");

    static Words of(String sentence) {
        List<String> lower = new ArrayList<>();
        List<String> original = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            original.add(m.group());
            lower.add(EventCues.lower(m.group()));
            starts.add(m.start());
        }
        return new Words(List.copyOf(lower), List.copyOf(original), List.copyOf(starts));
    }

    int size() {
        return lower.size();
    }

    /** The index of the word at or before a character offset of the sentence. */
    int at(int offset) {
        int index = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= offset) {
                index = i;
            }
        }
        return index;
    }
}
