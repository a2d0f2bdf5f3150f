package org.casewatch.match;

/** A window of text around a hit, cut at word boundaries, with the hit's place inside it. */
record Snippet(String text, int start, int end) {

    private static final int RADIUS = 90;

    static Snippet around(String source, int start, int end) {
        int from = Math.max(0, start - RADIUS);
        int to = Math.min(source.length(), end + RADIUS);
        while (from > 0 && from < start && !Character.isWhitespace(source.charAt(from - 1))) {
            from++;
        }
        while (to < source.length() && to > end && !Character.isWhitespace(source.charAt(to))) {
            to--;
        }
        String prefix = from > 0 ? "…" : "";
        String suffix = to < source.length() ? "…" : "";
        // Newlines become spaces one for one, so the hit keeps its offsets inside the window.
        String window = source.substring(from, to).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return new Snippet(prefix + window + suffix, prefix.length() + start - from, prefix.length() + end - from);
    }
}
