package org.casewatch.bench;

import java.util.Optional;

/**
 * A Python string literal as feedparser's tests write them: optional u/b/r prefix, single, double or triple
 * quotes, and the escapes \\xNN, \\uNNNN, \\UNNNNNNNN, \\n, \\t, \\r, \\\\, \\' and \\".
 */
record PythonString(String value, int end) {

    static Optional<PythonString> at(String s, int at) {
        int pos = at;
        boolean raw = false;
        while (pos < s.length() && "uUbBrR".indexOf(s.charAt(pos)) >= 0 && pos - at < 2) {
            raw |= Character.toLowerCase(s.charAt(pos)) == 'r';
            pos++;
        }
        if (pos >= s.length() || (s.charAt(pos) != '\'' && s.charAt(pos) != '"')) {
            return Optional.empty();
        }
        if (pos > at && at > 0 && Character.isLetterOrDigit(s.charAt(at - 1))) {
            return Optional.empty();
        }
        char quote = s.charAt(pos);
        String close = s.startsWith(String.valueOf(quote).repeat(3), pos) ? String.valueOf(quote).repeat(3)
                : String.valueOf(quote);
        pos += close.length();
        StringBuilder out = new StringBuilder();
        while (pos < s.length()) {
            if (s.startsWith(close, pos)) {
                return Optional.of(new PythonString(out.toString(), pos + close.length()));
            }
            char c = s.charAt(pos);
            if (c == '\\' && pos + 1 < s.length()) {
                if (raw) {
                    out.append(c).append(s.charAt(pos + 1));
                    pos += 2;
                    continue;
                }
                pos = escape(s, pos + 1, out);
                continue;
            }
            out.append(c);
            pos++;
        }
        return Optional.empty();
    }

    private static int escape(String s, int pos, StringBuilder out) {
        char e = s.charAt(pos);
        switch (e) {
            case 'x' -> {
                out.append((char) Integer.parseInt(s.substring(pos + 1, pos + 3), 16));
                return pos + 3;
            }
            case 'u' -> {
                out.append((char) Integer.parseInt(s.substring(pos + 1, pos + 5), 16));
                return pos + 5;
            }
            case 'U' -> {
                out.appendCodePoint(Integer.parseInt(s.substring(pos + 1, pos + 9), 16));
                return pos + 9;
            }
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case '\\', '\'', '"' -> out.append(e);
            case '\n' -> {
                // A backslash at the end of a line continues the literal on the next.
            }
            default -> out.append('\\').append(e);
        }
        return pos + 1;
    }
}
