package org.casewatch.parse;

import org.casewatch.model.Item;
import org.casewatch.model.PageSelectors;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PageParserTest {

    private final PageParser parser = new PageParser(ZoneId.of("Asia/Almaty"));

    private List<Item> parse(PageSelectors selectors) {
        ParseResult result = parser.parse(Fixtures.bytes("pages/court-ru.html"), Optional.of("text/html"),
                "https://court.example/schedule/", selectors);
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).items();
    }

    @Test
    void readsRowsWithRussianMonthNamesAndAbsoluteLinks() {
        List<Item> items = parse(new PageSelectors("ul.hearings li", Optional.of(".case"), Optional.of("a.case"),
                Optional.of(".when"), Optional.of("d MMMM yyyy"), Locale.forLanguageTag("ru")));
        assertThat(items).hasSize(3);
        assertThat(items.get(0).title()).isEqualTo("Ерлан Токмурзин, апелляция");
        assertThat(items.get(0).link()).isEqualTo("https://court.example/cases/214");
        assertThat(items.get(0).published()).contains(Instant.parse("2026-12-02T19:00:00Z"));
        assertThat(items.get(1).link()).isEqualTo("https://court.example/schedule/cases/87");
        assertThat(items.get(1).published()).contains(Instant.parse("2027-01-14T19:00:00Z"));
    }

    @Test
    void rowsWithoutALinkGetAStableGuidFromTheirText() {
        PageSelectors selectors = new PageSelectors("ul.hearings li", Optional.of(".case"), Optional.empty(),
                Optional.of(".when"), Optional.of("d MMMM yyyy"), Locale.forLanguageTag("ru"));
        Item noLink = parse(selectors).get(2);
        assertThat(noLink.link()).isEmpty();
        assertThat(noLink.published()).isEmpty();
        assertThat(noLink.guid()).startsWith("row:").isEqualTo(parse(selectors).get(2).guid());
    }

    @Test
    void anInvalidSelectorIsAClearFailure() {
        ParseResult result = parser.parse(Fixtures.bytes("pages/court-ru.html"), Optional.empty(),
                "https://court.example/", new PageSelectors("li[[", Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Locale.ENGLISH));
        assertThat(result).isInstanceOfSatisfying(ParseResult.Unparseable.class,
                u -> assertThat(u.reason()).contains("li[[").contains("not valid CSS"));
    }
}
