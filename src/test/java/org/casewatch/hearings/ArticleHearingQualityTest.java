package org.casewatch.hearings;

import org.casewatch.config.ConfigLoader;
import org.casewatch.hearings.HearingExtractor;
import org.casewatch.match.PersonMatcher;
import org.casewatch.model.Person;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hearing dates in whole fictional articles written the way reporting is (src/test/resources/hearings): wire
 * reports, NGO statements, local news and court press releases in English, Russian and Kazakh, where a person
 * is named in full once and then by surname, role, pronoun or not at all. dev/ was written before and while
 * the extractor was built; holdout/ after it, and was never used to tune it.
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

    @Test
    void theDevelopmentSet() {
        ArticleScore dev = score("dev");
        System.out.println(dev.summary("hearings on the article development set"));
        dev.misses.forEach(m -> System.out.println("  missed " + m));
        dev.wrong.forEach(m -> System.out.println("  wrong  " + m));
        dev.kindMisses.forEach(m -> System.out.println("  kind   " + m));
        assertThat(dev.labelled).isGreaterThanOrEqualTo(100);
    }
}
