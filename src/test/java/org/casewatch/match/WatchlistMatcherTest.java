package org.casewatch.match;

import org.casewatch.model.Mention;
import org.casewatch.model.Person;
import org.casewatch.model.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WatchlistMatcherTest {

    private static final List<Person> WATCHLIST = List.of(
            new Person("temirkhanov", "Aidos Temirkhanov", List.of("Aidos Temirkhanov", "Айдос Темирханов", "Aidos Temirkhan"),
                    List.of("journalists"), "", Visibility.PUBLIC, List.of("Dana Temirkhanova")),
            new Person("tokmurzin", "Yerlan Tokmurzin", List.of("Yerlan Tokmurzin", "Ерлан Токмурзин"),
                    List.of(), "", Visibility.PUBLIC, List.of()));

    private final NameMatcher matcher = new WatchlistMatcher(WATCHLIST);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The court heard Aidos Temirkhanov on Monday.   | temirkhanov | Aidos Temirkhanov | name",
            "THE COURT HEARD AIDOS TEMIRKHANOV ON MONDAY.    | temirkhanov | AIDOS TEMIRKHANOV | name",
            "Суд рассмотрел жалобу: Айдос Темирханов.       | temirkhanov | Айдос Темирханов  | alias",
            "Then Aidos   Temirkhan spoke.                  | temirkhanov | Aidos   Temirkhan  | alias",
            "Активист ерлан токмурзин объявил голодовку.    | tokmurzin   | ерлан токмурзин   | alias",
    })
    void findsNamesAndAliasesAsWritten(String text, String person, String surface, String rule) {
        assertThat(matcher.find(text)).singleElement().satisfies(m -> {
            assertThat(m.personId()).isEqualTo(person);
            assertThat(m.surface()).isEqualTo(surface);
            assertThat(text.substring(m.start(), m.end())).isEqualTo(surface);
            assertThat(m.rule()).isEqualTo(rule);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Aidos Temirkhanovich is another man.",
            "The exhibition of Dana Temirkhanova opened.",
            "Temirkhanov alone is not enough for the first matcher.",
            "xAidos Temirkhanov is glued to a word.",
    })
    void findsNothingInPartialWordsOrExcludedNames(String text) {
        assertThat(matcher.find(text)).isEmpty();
    }

    @Test
    void anAliasInsideTheFullNameCountsOnce() {
        List<Mention> hits = matcher.find("Aidos Temirkhanov and Yerlan Tokmurzin appealed.");
        assertThat(hits).extracting(Mention::personId).containsExactly("temirkhanov", "tokmurzin");
    }

    @Test
    void theSnippetHighlightsTheNameInItsContext() {
        String text = "Line one.\nThe regional court will hear Aidos Temirkhanov on 3 December, his lawyer said.";
        Mention m = matcher.find(text).get(0);
        assertThat(m.snippet()).isEqualTo("Line one. The regional court will hear Aidos Temirkhanov on 3 December, his lawyer said.");
        assertThat(m.snippet().substring(m.snippetStart(), m.snippetEnd())).isEqualTo("Aidos Temirkhanov");
    }

    @Test
    void longTextsAreCutAtWordsAroundTheName() {
        String text = "word ".repeat(100) + "Aidos Temirkhanov" + " tail".repeat(100);
        Mention m = matcher.find(text).get(0);
        assertThat(m.snippet()).startsWith("…word").endsWith("tail…").hasSizeLessThan(220);
        assertThat(m.snippet().substring(m.snippetStart(), m.snippetEnd())).isEqualTo("Aidos Temirkhanov");
    }
}
