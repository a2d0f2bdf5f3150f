package org.casewatch.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the entry fields a feedparser test states in its {@code Expect:} line: every {@code ==} chain that joins
 * {@code entries[N]['field']} (or {@code entries[N].field}, {@code ['content'][0]['value']},
 * {@code ['title_detail']['value']}, {@code ord(...)}) to a Python literal. Only the fields casewatch has a concept
 * for are kept: title, link, id/guid, summary/description/content, published/updated dates.
 */
final class StatedFields {

    /** What casewatch's item carries that a stated field is compared with. */
    enum Field { TITLE, LINK, ID, SUMMARY, CONTENT, PUBLISHED, UPDATED }

    /** One stated field: entry index, field, the name feedparser gives it, and its value (String or Instant). */
    record Stated(int entry, Field field, String name, Object value) {
    }

    private static final Pattern REF = Pattern.compile("(ord\\(\\s*)?entries\\[(\\d+)\\]"
            + "(?:\\[['\"](\\w+)['\"]\\]|\\.(\\w+))"
            + "(\\[0\\]\\[['\"]value['\"]\\]|\\[['\"]value['\"]\\])?(\\s*\\))?");
    private static final Pattern TUPLE = Pattern.compile("\\(\\s*-?\\d+(?:\\s*,\\s*-?\\d+){8}\\s*\\)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");
    private static final Pattern PLUS = Pattern.compile("\\s*\\+\\s*");
    private static final Pattern EQUALS = Pattern.compile("\\s*==\\s*");

    private StatedFields() {
    }

    static List<Stated> of(String expect) {
        List<Stated> out = new ArrayList<>();
        int at = 0;
        while (at < expect.length()) {
            Chain chain = chainAt(expect, at);
            if (chain == null) {
                at = skipToken(expect, at);
                continue;
            }
            at = chain.end;
            if (chain.literal == null) {
                continue;
            }
            for (Ref ref : chain.refs) {
                Object value = ref.ord ? ordValue(chain.literal) : chain.literal;
                Field field = field(ref.name, ref.suffix, value);
                if (field != null && value != null) {
                    out.add(new Stated(ref.entry, field, ref.name + (ref.suffix ? "[value]" : ""), value));
                }
            }
        }
        return out;
    }

    private record Ref(int entry, String name, boolean suffix, boolean ord, int end) {
    }

    private static final class Chain {
        final List<Ref> refs = new ArrayList<>();
        Object literal;
        int end;
    }

    /** An operand, then {@code == operand} as many times as written. Null when no entry field starts here. */
    private static Chain chainAt(String s, int at) {
        Chain chain = new Chain();
        int pos = at;
        boolean first = true;
        while (true) {
            Ref ref = refAt(s, pos);
            if (ref != null) {
                chain.refs.add(ref);
                pos = ref.end;
            } else {
                Literal lit = literalAt(s, pos);
                if (lit == null) {
                    break;
                }
                chain.literal = lit.value;
                pos = lit.end;
            }
            first = false;
            Matcher eq = EQUALS.matcher(s).region(pos, s.length());
            if (!eq.lookingAt()) {
                break;
            }
            pos = eq.end();
        }
        if (first || chain.refs.isEmpty()) {
            return null;
        }
        chain.end = pos;
        return chain;
    }

    private static Ref refAt(String s, int at) {
        Matcher m = REF.matcher(s).region(at, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        boolean ord = m.group(1) != null;
        if (ord && m.group(6) == null) {
            return null;
        }
        String name = m.group(3) != null ? m.group(3) : m.group(4);
        return new Ref(Integer.parseInt(m.group(2)), name, m.group(5) != null, ord, m.end());
    }

    private record Literal(Object value, int end) {
    }

    private static Literal literalAt(String s, int at) {
        Matcher tuple = TUPLE.matcher(s).region(at, s.length());
        if (tuple.lookingAt()) {
            return new Literal(instant(tuple.group()), tuple.end());
        }
        Matcher number = NUMBER.matcher(s).region(at, s.length());
        if (number.lookingAt()) {
            return new Literal(Long.parseLong(number.group()), number.end());
        }
        Optional<PythonString> first = PythonString.at(s, at);
        if (first.isEmpty()) {
            return null;
        }
        // 'a' + 'b': the suite splits strings that would otherwise close its XML comment ("-" + "-").
        StringBuilder value = new StringBuilder(first.get().value());
        int end = first.get().end();
        Matcher plus = PLUS.matcher(s);
        while (plus.region(end, s.length()).lookingAt()) {
            Optional<PythonString> more = PythonString.at(s, plus.end());
            if (more.isEmpty()) {
                break;
            }
            value.append(more.get().value());
            end = more.get().end();
        }
        return new Literal(value.toString(), end);
    }

    /** A time tuple (year, month, day, hour, minute, second, weekday, yearday, dst) in UTC. */
    private static Instant instant(String tuple) {
        String[] parts = tuple.replaceAll("[()\\s]", "").split(",");
        int[] n = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            n[i] = Integer.parseInt(parts[i]);
        }
        return LocalDateTime.of(n[0], n[1], n[2], n[3], n[4], n[5]).toInstant(ZoneOffset.UTC);
    }

    private static Object ordValue(Object literal) {
        return literal instanceof Long code ? new String(Character.toChars(code.intValue())) : null;
    }

    private static Field field(String name, boolean valueSuffix, Object value) {
        boolean text = value instanceof String;
        return switch (name) {
            case "title", "title_detail" -> text && (valueSuffix == name.endsWith("_detail")) ? Field.TITLE : null;
            case "summary", "description", "summary_detail" ->
                    text && (valueSuffix == name.endsWith("_detail")) ? Field.SUMMARY : null;
            case "content" -> text && valueSuffix ? Field.CONTENT : null;
            case "link" -> text && !valueSuffix ? Field.LINK : null;
            case "id", "guid" -> text && !valueSuffix ? Field.ID : null;
            case "published_parsed", "issued_parsed" -> value instanceof Instant ? Field.PUBLISHED : null;
            case "updated_parsed", "modified_parsed" -> value instanceof Instant ? Field.UPDATED : null;
            default -> null;
        };
    }

    /** Moves past one token: a string literal as a whole (so quotes inside it never start a chain), else a char. */
    private static int skipToken(String s, int at) {
        return PythonString.at(s, at).map(PythonString::end).orElse(at + 1);
    }
}
