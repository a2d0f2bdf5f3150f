package org.casewatch.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that went through UTF-8 read as windows-1252 (or ISO-8859-1) and written out again, as a CMS does
 * that writes {@code &#226;&#128;&#166;} for an ellipsis. Only a run of such characters that holds one of the
 * 0x80-0x9F code points (C1 controls, or what windows-1252 puts there: € ‚ „ … ™ ’ ” ...) and that is valid UTF-8
 * once turned back into bytes is repaired: "â€¦" becomes "…", while a genuine "Ã©" or a lone "’" stays.
 */
final class DoubleEncoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** What windows-1252 has at 0x80-0x9F; its five unassigned bytes stay C1 controls. */
    private static final String HIGH_CONTROL_AREA = highControlArea();

    private DoubleEncoding() {
    }

    private static String highControlArea() {
        StringBuilder out = new StringBuilder();
        for (int b = 0x80; b <= 0x9F; b++) {
            String c = new String(new byte[] {(byte) b}, WINDOWS_1252);
            out.append(c.equals("\uFFFD") ? (char) b : c.charAt(0));
        }
        return out.toString();
    }

    static String repair(String text) {
        if (!text.chars().anyMatch(DoubleEncoding::isHighControlArea)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isSingleByte(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                out.append(utf8(text.substring(i, end)));
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static String utf8(String run) {
        if (!run.chars().anyMatch(DoubleEncoding::isHighControlArea)) {
            return run;
        }
        byte[] bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            bytes[i] = (byte) (c <= 0xFF ? c : 0x80 + HIGH_CONTROL_AREA.indexOf(c));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return demoronize(run);
        }
    }

    /** C1 controls left over are windows-1252 bytes read as ISO-8859-1: 0x92 was meant as ’ (feedparser too). */
    private static String demoronize(String run) {
        StringBuilder out = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            out.append(c >= 0x80 && c <= 0x9F ? HIGH_CONTROL_AREA.charAt(c - 0x80) : c);
        }
        return out.toString();
    }

    /** U+0080-U+00FF, or a character windows-1252 writes as one byte in 0x80-0x9F. */
    private static boolean isSingleByte(char c) {
        return (c >= 0x80 && c <= 0xFF) || isHighControlArea(c);
    }

    /** A C1 control, or a character windows-1252 puts where ISO-8859-1 has C1 controls. */
    private static boolean isHighControlArea(int c) {
        return (c >= 0x80 && c <= 0x9F) || (c > 0xFF && HIGH_CONTROL_AREA.indexOf(c) >= 0);
    }
}
