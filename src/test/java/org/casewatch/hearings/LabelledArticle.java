package org.casewatch.hearings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One fictional article of the hearing sets (src/test/resources/hearings/dev and holdout): its headline and
 * body, publication date and address as a feed would give them, and the judicial or penal dates of watched
 * persons a careful reader finds in it. Labels use the database's meaning: "postponed" is a date that was
 * set and then moved away; the date it moved to is "scheduled".
 */
record LabelledArticle(String file, Optional<LocalDate> published, Optional<String> url, List<Label> labels,
                       String text) {

    /** One labelled date. */
    record Label(String person, LocalDate date, String kind, String status) {
    }

    static List<LabelledArticle> in(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(LabelledArticle::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabelledArticle read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Optional<LocalDate> published = Optional.empty();
            Optional<String> url = Optional.empty();
            List<Label> labels = new ArrayList<>();
            int i = 0;
            for (; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                String line = lines.get(i);
                String value = line.substring(line.indexOf(':') + 1).strip();
                if (line.startsWith("published:")) {
                    published = Optional.of(LocalDate.parse(value));
                } else if (line.startsWith("url:")) {
                    url = Optional.of(value);
                } else if (line.startsWith("label:")) {
                    String[] f = value.split("\\s*\\|\\s*");
                    labels.add(new Label(f[0], LocalDate.parse(f[1]), f[2], f[3]));
                }
            }
            List<String> rest = lines.subList(Math.min(i + 1, lines.size()), lines.size());
            // As a feed item reaches the extractor: the headline, a blank line, the article's text.
            String headline = rest.isEmpty() ? "" : rest.get(0).strip();
            String body = String.join("\n", rest.subList(Math.min(1, rest.size()), rest.size())).strip();
            return new LabelledArticle(file.getFileName().toString(), published, url, List.copyOf(labels),
                    headline + "\n\n" + body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
