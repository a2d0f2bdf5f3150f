package org.casewatch.cli;

/** Builds one JSON object on one line; strings are escaped per RFC 8259 section 7. */
final class JsonLine {

    private final StringBuilder out = new StringBuilder("{");

    JsonLine put(String key, String value) {
        separator();
        string(key);
        out.append(": ");
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonLine put(String key, long value) {
        separator();
        string(key);
        out.append(": ").append(value);
        return this;
    }

    /** A fraction, written with at most three decimals. */
    JsonLine put(String key, double value) {
        separator();
        string(key);
        out.append(": ").append(java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString());
        return this;
    }

    private void separator() {
        if (out.length() > 1) {
            out.append(", ");
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out + "}";
    }
}
