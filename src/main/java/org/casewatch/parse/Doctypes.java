package org.casewatch.parse;

import java.util.Optional;

/**
 * Finds the document type declaration of a feed where XML allows one (the prolog, before the root element) and
 * entity declarations anywhere in markup. Text that only looks like a DOCTYPE, inside a CDATA section or a
 * comment, is neither: "{@code <![CDATA[ <!DOCTYPE ]]>}" in a description is ordinary text.
 */
final class Doctypes {

    private Doctypes() {
    }

    /** Where the prolog's DOCTYPE starts and ends, and whether it has an internal subset ({@code [...]}). */
    record Doctype(int start, int end, boolean internalSubset) {
    }

    static Optional<Doctype> inProlog(String text) {
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                at++;
            } else if (text.startsWith("<?", at)) {
                at = after(text, at, "?>");
            } else if (text.startsWith("<!--", at)) {
                at = after(text, at + 4, "-->");
            } else if (text.regionMatches(true, at, "<!DOCTYPE", 0, 9)) {
                return Optional.of(extent(text, at));
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether an {@code <!ENTITY} declaration appears in markup, that is outside CDATA sections and comments. */
    static boolean declaresEntities(String text) {
        int at = text.indexOf("<!");
        while (at >= 0) {
            if (text.startsWith("<![CDATA[", at)) {
                at = after(text, at + 9, "]]>");
            } else if (text.startsWith("<!--", at)) {
                at = after(text, at + 4, "-->");
            } else if (text.regionMatches(true, at, "<!ENTITY", 0, 8)) {
                return true;
            } else {
                at += 2;
            }
            at = at < text.length() ? text.indexOf("<!", at) : -1;
        }
        return false;
    }

    /** A DOCTYPE ends at the first '>' outside its internal subset and outside quoted literals. */
    private static Doctype extent(String text, int start) {
        boolean subset = false;
        char quote = 0;
        for (int i = start + 9; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                subset = true;
                int close = text.indexOf(']', i);
                i = close < 0 ? text.length() : close;
            } else if (c == '>') {
                return new Doctype(start, i + 1, subset);
            }
        }
        return new Doctype(start, text.length(), subset);
    }

    private static int after(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }
}
