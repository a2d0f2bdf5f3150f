package org.casewatch.parse;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a body to text, trusting a byte-order mark (or the UTF-16/32 shape of its first characters) first, then
 * valid UTF-8, then the HTTP header or the
 * document's own declaration, and detecting the charset with ICU when those are missing or plainly wrong
 * (Russian sites still serve windows-1251 and KOI8-R without saying so, or while claiming UTF-8).
 */
public final class TextDecoder {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_CONFIDENCE = 30;

    private TextDecoder() {
    }

    public static String decode(byte[] body, Optional<String> contentType) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        Optional<String> wide = wide(body);
        if (wide.isPresent()) {
            return wide.get();
        }
        Optional<Charset> declared = contentType.flatMap(type -> charset(HEADER_CHARSET, type))
                .or(() -> declaredInDocument(body));
        Optional<String> utf8 = strictUtf8(body);
        if (utf8.isPresent()) {
            // Valid multi-byte UTF-8 almost never happens by accident in a single-byte charset.
            return utf8.get();
        }
        boolean trustDeclared = declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)
                && !isLatinDefault(declared.get());
        if (trustDeclared) {
            return new String(body, declared.get());
        }
        return new String(body, asWindows1252(russianSingleByte(body).or(() -> detect(body)).or(() -> declared)
                .orElse(StandardCharsets.ISO_8859_1)));
    }

    /**
     * Text called ISO-8859-1 or ASCII that is not valid UTF-8 is read as windows-1252, as browsers do (WHATWG
     * Encoding Standard): CMSs paste curly quotes (0x92, 0x93) that ISO-8859-1 would turn into control characters.
     */
    private static Charset asWindows1252(Charset charset) {
        return isLatinDefault(charset) ? Charset.forName("windows-1252") : charset;
    }

    /**
     * UTF-32 and UTF-16, by byte-order mark or, without one, by how the first "<?" or "<" is written (XML 1.0
     * appendix F): these never look like ASCII, so the declaration and detection below cannot read them.
     */
    private static Optional<String> wide(byte[] body) {
        String charset = null;
        int skip = 0;
        if (startsWith(body, 0x00, 0x00, 0xFE, 0xFF) || startsWith(body, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = body[0] == 0 ? "UTF-32BE" : "UTF-32LE";
            skip = 4;
        } else if (startsWith(body, 0xFE, 0xFF) || startsWith(body, 0xFF, 0xFE)) {
            charset = body[0] == (byte) 0xFE ? "UTF-16BE" : "UTF-16LE";
            skip = 2;
        } else if (startsWith(body, 0x00, 0x00, 0x00, 0x3C)) {
            charset = "UTF-32BE";
        } else if (startsWith(body, 0x3C, 0x00, 0x00, 0x00)) {
            charset = "UTF-32LE";
        } else if (startsWith(body, 0x00, 0x3C, 0x00, 0x3F) || startsWith(body, 0x00, 0x3C, 0x00, 0x72)
                || startsWith(body, 0x00, 0x3C, 0x00, 0x66)) {
            charset = "UTF-16BE";
        } else if (startsWith(body, 0x3C, 0x00, 0x3F, 0x00) || startsWith(body, 0x3C, 0x00, 0x72, 0x00)
                || startsWith(body, 0x3C, 0x00, 0x66, 0x00)) {
            charset = "UTF-16LE";
        }
        return charset == null ? Optional.empty()
                : Optional.of(new String(body, skip, body.length - skip, Charset.forName(charset)));
    }

    /**
     * windows-1251 and KOI8-R put Cyrillic letters in 0xC0-0xFF, lower case in opposite halves; Russian text
     * is mostly lower-case letters, nearly all of them high bytes. ICU's statistics need more text than a
     * short feed gives, so this check runs first. Markup between angle brackets is skipped.
     */
    static Optional<Charset> russianSingleByte(byte[] body) {
        int ascii = 0;
        int upperHalf = 0;
        int lowerHalf = 0;
        int otherHigh = 0;
        boolean inTag = false;
        for (byte b : body) {
            int c = b & 0xFF;
            if (c == '<' || c == '>') {
                inTag = c == '<';
            } else if (!inTag) {
                if (c >= 0xE0) {
                    upperHalf++;
                } else if (c >= 0xC0) {
                    lowerHalf++;
                } else if (c >= 0x80) {
                    otherHigh++;
                } else if (Character.isLetter(c)) {
                    ascii++;
                }
            }
        }
        int cyrillic = upperHalf + lowerHalf;
        boolean mostlyCyrillic = cyrillic >= 8 && cyrillic >= ascii && otherHigh * 10 <= cyrillic;
        if (!mostlyCyrillic) {
            return Optional.empty();
        }
        return Optional.of(Charset.forName(upperHalf >= lowerHalf ? "windows-1251" : "KOI8-R"));
    }

    /** ISO-8859-1 and windows-1252 are what servers and CMSs claim by default, often wrongly. */
    private static boolean isLatinDefault(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.equals("iso-8859-1") || name.equals("windows-1252") || name.equals("us-ascii");
    }

    private static Optional<Charset> declaredInDocument(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
        return charset(XML_ENCODING, head).or(() -> charset(META_CHARSET, head));
    }

    private static Optional<Charset> charset(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictUtf8(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> detect(byte[] body) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(body);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < MIN_CONFIDENCE) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(match.getName()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
