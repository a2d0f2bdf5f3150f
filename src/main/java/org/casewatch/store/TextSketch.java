package org.casewatch.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A bottom-k MinHash sketch of a text's three-word shingles. Two sketches estimate how much of the shorter
 * text the longer one contains, which stays high for the same story under another headline or with a
 * trimmed body, and is near zero for different stories that share a name or a stock phrase.
 *
 * @param hashes the k smallest shingle hashes, ascending
 * @param size   how many distinct shingles the text has
 */
public record TextSketch(long[] hashes, int size) {

    static final int K = 64;
    private static final int SHINGLE = 3;
    /** At least this share of the shorter text found in the longer one makes them one story. */
    static final double SAME_STORY = 0.6;
    /** The sketch of no text. */
    static final TextSketch NONE = new TextSketch(new long[0], 0);

    public static TextSketch of(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        TreeSet<Long> all = new TreeSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            all.add(hash(String.join(" ", words.subList(i, i + SHINGLE))));
        }
        long[] smallest = all.stream().limit(K).mapToLong(Long::longValue).toArray();
        return new TextSketch(smallest, all.size());
    }

    /** The hashes as stored with the item: ascending, comma-separated. */
    String text() {
        StringBuilder out = new StringBuilder(hashes.length * 20);
        for (long h : hashes) {
            out.append(out.isEmpty() ? "" : ",").append(h);
        }
        return out.toString();
    }

    /** The sketch stored as {@link #text()}, of a text with {@code size} distinct shingles. */
    static TextSketch parse(String text, int size) {
        long[] hashes = text.isEmpty() ? new long[0]
                : Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray();
        return new TextSketch(hashes, size);
    }

    /** Estimated share of the shorter text's shingles that the other text has too (0..1). */
    public double containment(TextSketch other) {
        if (size == 0 || other.size == 0) {
            return 0;
        }
        // Walk the union of both ascending sketches up to its K smallest hashes, counting those in both.
        int considered = 0;
        int both = 0;
        int i = 0;
        int j = 0;
        while (considered < K && (i < hashes.length || j < other.hashes.length)) {
            if (i == hashes.length) {
                j++;
            } else if (j == other.hashes.length) {
                i++;
            } else if (hashes[i] == other.hashes[j]) {
                both++;
                i++;
                j++;
            } else if (hashes[i] < other.hashes[j]) {
                i++;
            } else {
                j++;
            }
            considered++;
        }
        double jaccard = both / (double) considered;
        double shared = jaccard / (1 + jaccard) * (size + other.size);
        return Math.min(1, shared / Math.min(size, other.size));
    }

    public boolean sameStory(TextSketch other) {
        return containment(other) >= SAME_STORY;
    }

    /** FNV-1a, then a SplitMix64 finaliser so that every output bit depends on every input bit. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
