package org.casewatch.hearings;

import org.casewatch.config.ConfigLoader;
import org.casewatch.hearings.HearingExtractor;
import org.casewatch.match.PersonMatcher;
import org.casewatch.model.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hearing dates in whole fictional articles written the way reporting is (src/test/resources/hearings): wire
 * reports, NGO statements, local news and court press releases in English, Russian and Kazakh, where a person
 * is named in full once and then by surname, role, pronoun or not at all. dev/ was written before and while
 * the extractor was built, dev2/ by another author once it worked; holdout/ after it, never used to tune it.
 */
class ArticleHearingQualityTest {

    private static final Path DIR = Path.of("src/test/resources/hearings");

    static ArticleScore score(String set) {
        List<Person> persons = new ConfigLoader(Path.of("").toAbsolutePath(), Map.of())
                .loadWatchlist(DIR.resolve("watchlist.yaml"));
        PersonMatcher matcher = new PersonMatcher(persons);
        HearingExtractor extractor = new HearingExtractor();
        ArticleScore score = new ArticleScore();
        for (LabelledArticle a : LabelledArticle.in(DIR.resolve(set))) {
            score.add(a, extractor.find(a.text(), matcher.find(a.text()), a.published()));
        }
        return score;
    }

    /** Prints a set's figures and every miss: {@code java ... ArticleHearingQualityTest dev}. */
    public static void main(String[] args) {
        ArticleScore s = score(args.length > 0 ? args[0] : "dev");
        s.misses.forEach(m -> System.out.println("  missed " + m));
        s.wrong.forEach(m -> System.out.println("  wrong  " + m));
        s.kindMisses.forEach(m -> System.out.println("  kind   " + m));
        System.out.println(s.summary(args.length > 0 ? args[0] : "dev"));
    }

    /**
     * Floors a little under the figures measured when the holdout was last run (README, "Hearings and
     * reminders"): a change that loses dates on any set fails the build.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"dev, 0.95, 0.87", "dev2, 0.90, 0.75", "holdout, 0.85, 0.77"})
    void eachSetKeepsItsFigures(String set, double precision, double recall) {
        ArticleScore score = score(set);
        System.out.println(score.summary("hearings on the article set " + set));
        assertThat(score.labelled).isGreaterThanOrEqualTo(60);
        assertThat(score.precision()).as(String.join("\n", score.wrong)).isGreaterThanOrEqualTo(precision);
        assertThat(score.recall()).as(String.join("\n", score.misses)).isGreaterThanOrEqualTo(recall);
        assertThat(score.kindRight).as("kinds").isGreaterThanOrEqualTo((int) Math.ceil(score.right * 0.8));
    }
}
