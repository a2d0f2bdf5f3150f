package org.casewatch.parse;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * Repairs text that went through UTF-8 read as ISO-8859-1 and written out again (a CMS that writes
 * {@code &#226;&#128;&#166;} for an ellipsis). Only runs of U+0080-U+00FF that hold a C1 control character are
 * touched: those never occur in real text, so a genuine "Ã©" stays as it is.
 */
final class DoubleEncoding {

    private DoubleEncoding() {
    }

    static String repair(String text) {
        if (!hasC1(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && text.charAt(end) >= 0x80 && text.charAt(end) <= 0xFF) {
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
        if (!hasC1(run)) {
            return run;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(run.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return run;
        }
    }

    private static boolean hasC1(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }
}
