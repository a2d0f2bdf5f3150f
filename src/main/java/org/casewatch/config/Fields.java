package org.casewatch.config;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed, checked access to one YAML mapping. Every read records the key as known; {@link #finish()} reports
 * the keys nobody read, so a typo such as {@code intreval} is an error rather than a silent default.
 */
final class Fields {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

    private final String file;
    private final String path;
    private final YamlNode.Mapping map;
    private final Problems problems;
    private final Set<String> known = new HashSet<>();

    private Fields(String file, String path, YamlNode.Mapping map, Problems problems) {
        this.file = file;
        this.path = path;
        this.map = map;
        this.problems = problems;
    }

    /** Empty (and a problem recorded) when the node is not a mapping. */
    static Optional<Fields> of(String file, String path, YamlNode node, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(file, path, m, problems));
        }
        problems.add(file, node.line(), path.isEmpty() ? "(top level)" : path,
                "expected a mapping of fields but found " + node.describe(), "write it as 'field: value' lines");
        return Optional.empty();
    }

    /** Fields of an empty mapping: every read falls back to its default. */
    static Fields empty(String file, Problems problems) {
        return new Fields(file, "", new YamlNode.Mapping(new java.util.LinkedHashMap<>(), 1), problems);
    }

    String file() {
        return file;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    int line(String key) {
        YamlNode.Entry entry = map.entries().get(key);
        return entry == null ? map.line() : entry.value().line();
    }

    int line() {
        return map.line();
    }

    void problem(String key, String what, String fix) {
        problems.add(file, line(key), field(key), what, fix);
    }

    Optional<YamlNode> node(String key) {
        known.add(key);
        YamlNode.Entry entry = map.entries().get(key);
        if (entry == null || entry.value() instanceof YamlNode.Scalar s && s.text() == null) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    Optional<String> string(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s) {
            String text = s.text().strip();
            if (text.isEmpty()) {
                problem(key, "is empty", "give a value or remove the line");
                return Optional.empty();
            }
            return Optional.of(text);
        }
        problem(key, "expected a single value but found " + node.get().describe(), "write 'key: value'");
        return Optional.empty();
    }

    Optional<String> required(String key, String fix) {
        boolean present = map.entries().containsKey(key);
        Optional<String> value = string(key);
        if (value.isEmpty() && !present) {
            problem(key, "is missing", fix);
        }
        return value;
    }

    /** A single value or a list of values; a missing key is an empty list. */
    List<String> strings(String key) {
        Optional<YamlNode> node = node(key);
        List<String> out = new ArrayList<>();
        if (node.isEmpty()) {
            return out;
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) {
                out.add(s.text().strip());
            } else {
                problems.add(file, item.line(), field(key), "expected text but found " + item.describe(),
                        "list plain values, e.g. [a, b]");
            }
        }
        return out;
    }

    Optional<Boolean> bool(String key) {
        return string(key).flatMap(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Optional.of(true);
            case "false", "no", "off" -> Optional.of(false);
            default -> {
                problem(key, "'" + text + "' is not true or false", "write true or false");
                yield Optional.empty();
            }
        });
    }

    Optional<Integer> integer(String key, int min, int max) {
        return string(key).flatMap(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // reported below with the allowed range
            }
            problem(key, "'" + text + "' is not a whole number from " + min + " to " + max,
                    "write a number in that range");
            return Optional.empty();
        });
    }

    Optional<Double> fraction(String key, double max) {
        return string(key).flatMap(text -> {
            try {
                double value = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100
                        : Double.parseDouble(text);
                if (value >= 0 && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(key, "'" + text + "' is not a fraction from 0 to " + max, "write e.g. 0.1 or 10%");
            return Optional.empty();
        });
    }

    /** Durations are written like {@code 45s}, {@code 30m}, {@code 2h}, {@code 1d}, or combined: {@code 1h30m}. */
    Optional<Duration> duration(String key, Duration min) {
        return string(key).flatMap(text -> {
            Optional<Duration> parsed = parseDuration(text);
            if (parsed.isEmpty()) {
                problem(key, "'" + text + "' is not a duration", "write e.g. 45s, 30m, 2h or 1d");
            } else if (parsed.get().compareTo(min) < 0) {
                problem(key, text + " is too short", "use at least " + ConfigPrinter.duration(min));
                return Optional.empty();
            }
            return parsed;
        });
    }

    /**
     * A duration that may also be turned off: empty for {@code off}, the default when the field is absent (or
     * wrong, which is reported).
     */
    Optional<Duration> durationOrOff(String key, Duration min, Duration byDefault) {
        if (string(key).filter(text -> text.equalsIgnoreCase("off")).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(duration(key, min).orElse(byDefault));
    }

    static Optional<Duration> parseDuration(String text) {
        String compact = text.replace(" ", "").toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(compact);
        Duration total = Duration.ZERO;
        int at = 0;
        while (m.find() && m.start() == at) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
            at = m.end();
        }
        return at == compact.length() && at > 0 ? Optional.of(total) : Optional.empty();
    }

    /** Sizes are written like {@code 5MB}, {@code 512KB} or a number of bytes. */
    Optional<Long> size(String key) {
        return string(key).flatMap(text -> {
            Matcher m = SIZE.matcher(text.replace(" ", ""));
            if (!m.matches()) {
                problem(key, "'" + text + "' is not a size", "write e.g. 512KB or 5MB");
                return Optional.empty();
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
            return Optional.of(switch (unit) {
                case "KB" -> n * 1024;
                case "MB" -> n * 1024 * 1024;
                case "GB" -> n * 1024 * 1024 * 1024;
                default -> n;
            });
        });
    }

    /** A time of day written HH:MM. */
    Optional<LocalTime> timeOfDay(String key) {
        return string(key).flatMap(text -> {
            try {
                return Optional.of(LocalTime.parse(text));
            } catch (DateTimeParseException e) {
                problem(key, "'" + text + "' is not a time of day", "write it as HH:MM, e.g. \"08:00\"");
                return Optional.empty();
            }
        });
    }

    /** A time zone name such as Asia/Almaty. */
    Optional<ZoneId> zone(String key) {
        return string(key).flatMap(text -> {
            try {
                return Optional.of(ZoneId.of(text));
            } catch (DateTimeException e) {
                problem(key, "'" + text + "' is not a time zone", "use a name like Asia/Almaty or UTC");
                return Optional.empty();
            }
        });
    }

    /** One of a fixed set of lower-case words. */
    Optional<String> choice(String key, List<String> allowed) {
        return string(key).flatMap(text -> {
            String lower = text.toLowerCase(Locale.ROOT);
            if (allowed.contains(lower)) {
                return Optional.of(lower);
            }
            problem(key, "'" + text + "' is not allowed", "use one of: " + String.join(", ", allowed));
            return Optional.empty();
        });
    }

    /** Reports every key that no reader asked for. */
    void finish() {
        for (YamlNode.Entry entry : map.entries().values()) {
            if (!known.contains(entry.key())) {
                problems.add(file, entry.keyLine(), field(entry.key()), "unknown field",
                        suggestion(entry.key()));
            }
        }
    }

    private String suggestion(String key) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int d = editDistance(key.toLowerCase(Locale.ROOT), candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        List<String> sorted = new ArrayList<>(known);
        sorted.sort(null);
        return best != null ? "did you mean '" + best + "'?"
                : "remove it; known fields here: " + String.join(", ", sorted);
    }

    /** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
