package org.casewatch.notify;

/**
 * Makes text safe for a mail header: Jakarta Mail's setHeader does not strip CR/LF, so a title carrying
 * "\r\nBcc: ..." could otherwise add headers. Control characters become spaces; length is capped.
 */
public final class HeaderText {

    private static final int MAX = 200;

    private HeaderText() {
    }

    public static String clean(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c)
                    || c == '\u2028' || c == '\u2029' || c == '\u0085';
            if (blank) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
