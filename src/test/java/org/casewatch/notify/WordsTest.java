package org.casewatch.notify;

import org.casewatch.config.ConfigLoader;
import org.casewatch.match.PersonMatcher;
import org.casewatch.model.Mention;
import org.casewatch.model.Person;
import org.casewatch.model.RulePart;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    private static final Path MATCHER_SET = Path.of("src/test/resources/matcher");

    @Test
    void everyPartOfEveryRuleTheMatcherGivesHasRussianWords() throws IOException {
        List<Person> persons = new ConfigLoader(Path.of("").toAbsolutePath(), Map.of())
                .loadWatchlist(MATCHER_SET.resolve("watchlist.yaml"));
        PersonMatcher matcher = new PersonMatcher(persons);
        Set<String> parts = new TreeSet<>();
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(MATCHER_SET.resolve("labelled.txt"),
                StandardCharsets.UTF_8));
        // The name classes of issue 13: "ru declension | text" lines, # for comments.
        for (String line : Files.readAllLines(MATCHER_SET.resolve("classes.txt"), StandardCharsets.UTF_8)) {
            if (line.contains(" | ") && !line.startsWith("#")) {
                lines.add(line.substring(line.indexOf(" | ") + 3));
            }
        }
        for (String line : lines) {
            String text = line.replaceAll("\\[\\[([^|\\]]+)\\|[^\\]]+]]", "$1");
            for (Mention m : matcher.find(text)) {
                parts.addAll(Arrays.asList(m.rule().split(", ")));
            }
        }
        Words russian = new Words("ru");

        assertThat(parts).hasSizeGreaterThan(10);
        // One table (RulePart) serves the emails and the console: a part missing there is English in both.
        assertThat(parts).allSatisfy(part -> assertThat(russian.rule(part)).as(part).isNotEqualTo(part));
        assertThat(parts).allSatisfy(part -> assertThat(RulePart.known(part)).as(part).isTrue());
    }
}
