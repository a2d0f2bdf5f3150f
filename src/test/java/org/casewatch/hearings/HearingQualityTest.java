package org.casewatch.hearings;

import org.casewatch.config.ConfigLoader;
import org.casewatch.match.PersonMatcher;
import org.casewatch.model.FoundHearing;
import org.casewatch.model.Person;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of hearing extraction on the project's labelled set (src/test/resources/dates):
 * fictional hearings in English, Russian and Kazakh, with dates that are not hearings, hearings of people
 * nobody watches, partial and relative dates, and postponements. A found hearing is right when person and
 * date agree; kind and status are scored on the right ones.
 */
class HearingQualityTest {

    private static final Path DIR = Path.of("src/test/resources/dates");

    record Expected(String person, LocalDate date, String kind, String status) {
        static Expected parse(String text) {
            String[] f = text.split(":");
            return new Expected(f[0], LocalDate.parse(f[1]), f[2], f[3]);
        }
    }

    record Line(LocalDate published, List<Expected> expected, String text) {
        static Line parse(String line) {
            String[] parts = line.split(" \\| ", 3);
            List<Expected> expected = parts[1].equals("-") ? List.of()
                    : Arrays.stream(parts[1].split(";")).map(Expected::parse).toList();
            return new Line(LocalDate.parse(parts[0]), expected, parts[2]);
        }
    }

    /** Prints the figures and every error: {@code java ... HearingQualityTest}. */
    public static void main(String[] args) throws IOException {
        try {
            new HearingQualityTest().precisionAndRecallMeetTheTargets();
        } catch (AssertionError belowTarget) {
            System.out.println("below target");
        }
    }

    @Test
    void precisionAndRecallMeetTheTargets() throws IOException {
        List<Line> lines = Files.readAllLines(DIR.resolve("labelled.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(Line::parse).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(150);
        List<Person> persons = new ConfigLoader(Path.of("").toAbsolutePath(), Map.of())
                .loadWatchlist(DIR.resolve("watchlist.yaml"));
        PersonMatcher matcher = new PersonMatcher(persons);
        HearingExtractor extractor = new HearingExtractor();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int kindRight = 0;
        int statusRight = 0;
        List<String> errors = new ArrayList<>();
        for (Line line : lines) {
            List<FoundHearing> found = extractor.find(line.text(), matcher.find(line.text()), Optional.of(line.published()));
            List<Expected> missing = new ArrayList<>(line.expected());
            for (FoundHearing h : found) {
                Expected hit = missing.stream().filter(e -> e.person().equals(h.personId())
                        && h.date().filter(e.date()::equals).isPresent()).findFirst().orElse(null);
                if (hit == null) {
                    fp++;
                    errors.add("false " + h.personId() + " " + h.date().orElse(null) + " " + h.kind().label() + " in: "
                            + line.text());
                    continue;
                }
                missing.remove(hit);
                tp++;
                kindRight += hit.kind().equals(h.kind().label()) ? 1 : 0;
                statusRight += hit.status().equals(h.status().label()) ? 1 : 0;
                if (!hit.kind().equals(h.kind().label()) || !hit.status().equals(h.status().label())) {
                    errors.add("wrong " + h.kind().label() + "/" + h.status().label() + " for " + hit + " in: " + line.text());
                }
            }
            for (Expected e : missing) {
                fn++;
                errors.add("missed " + e + " in: " + line.text());
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("hearings on the labelled set: precision %.3f, recall %.3f (tp=%d fp=%d fn=%d);"
                + " kind right %d/%d, status right %d/%d%n", precision, recall, tp, fp, fn, kindRight, tp, statusRight, tp);
        errors.forEach(e -> System.out.println("  " + e));
        assertThat(precision).as(String.join("\n", errors)).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as(String.join("\n", errors)).isGreaterThanOrEqualTo(0.90);
        assertThat(kindRight).as("kinds").isGreaterThanOrEqualTo((int) Math.ceil(tp * 0.9));
        assertThat(statusRight).as("statuses").isGreaterThanOrEqualTo((int) Math.ceil(tp * 0.9));
    }
}
