package org.casewatch.notify;

import org.casewatch.model.AlertMode;
import org.casewatch.model.Follows;
import org.casewatch.model.Item;
import org.casewatch.model.Mention;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Person;
import org.casewatch.model.Staff;
import org.casewatch.model.Visibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AlertComposerTest {

    static final Person TEMIRKHANOV = new Person("temirkhanov", "Aidos Temirkhanov", List.of("Aidos Temirkhanov"),
            List.of("journalists"), "", Visibility.PUBLIC, List.of());
    static final Person TOKMURZIN = new Person("tokmurzin", "Ерлан Токмурзин", List.of("Ерлан Токмурзин"),
            List.of("land"), "", Visibility.PUBLIC, List.of());

    private final AlertComposer composer = new AlertComposer(ZoneId.of("Asia/Almaty"));

    static Staff staff(String email, Follows follows) {
        return new Staff(email, "Staff", "en", follows, AlertMode.IMMEDIATE);
    }

    static AlertFacts facts(String title, String link, String snippet, Person... persons) {
        Item item = new Item("g1", link, title, snippet, Optional.of(Instant.parse("2026-11-20T04:15:00Z")));
        List<PersonMentions> found = java.util.Arrays.stream(persons).map(p -> {
            int at = snippet.indexOf(p.names().get(0));
            return new PersonMentions(p, List.of(new Mention(p.id(), p.names().get(0), at, at + p.names().get(0).length(),
                    snippet, at, at + p.names().get(0).length(), 1.0, "name")));
        }).toList();
        return new AlertFacts("Steppe Herald", item, found, List.of());
    }

    @Test
    void namesThePersonAndTheSourceAndCarriesEveryDetail() {
        AlertFacts facts = facts("Appeal date set", "https://herald.example/a", "The court will hear Aidos Temirkhanov.",
                TEMIRKHANOV);
        OutgoingMessage m = composer.compose(staff("aliya@example.org", Follows.everyone()), List.of(facts), "k");
        assertThat(m.subject()).isEqualTo("casewatch: Aidos Temirkhanov in Steppe Herald");
        assertThat(m.recipient()).isEqualTo("aliya@example.org");
        assertThat(m.text()).contains("Appeal date set", "https://herald.example/a", "Source: Steppe Herald",
                "Published: 20 Nov 2026, 09:15 (Asia/Almaty)", "The court will hear [[Aidos Temirkhanov]].",
                "matched «Aidos Temirkhanov» as Aidos Temirkhanov (name)");
        assertThat(m.key()).isEqualTo("k");
        assertThat(m.html()).contains("<a href=\"https://herald.example/a\">Appeal date set</a>",
                "<mark style=\"background:#ffe066\">Aidos Temirkhanov</mark>");
    }

    @Test
    void aRussianReaderGetsTheMatchExplainedInRussian() {
        String snippet = "Суд рассмотрит жалобу Темирханова в декабре.";
        int at = snippet.indexOf("Темирханова");
        Item item = new Item("g1", "https://vesti.example/1", "Жалоба", snippet, Optional.empty());
        AlertFacts facts = new AlertFacts("Vesti", item, List.of(new PersonMentions(TEMIRKHANOV, List.of(new Mention(
                "temirkhanov", "Темирханова", at, at + 11, snippet, at, at + 11, 0.9,
                "surname, Russian genitive, after a full mention")))), List.of());
        Staff marat = new Staff("marat@example.org", "Marat", "ru", Follows.everyone(), AlertMode.IMMEDIATE);

        OutgoingMessage m = composer.compose(marat, List.of(facts), "k");

        assertThat(m.text()).contains("найдено «Темирханова» — Aidos Temirkhanov (фамилия, родительный падеж, после "
                + "упоминания полного имени)");
    }

    @Test
    void aBatchIsGroupedByPersonAndListsTheOtherSources() {
        AlertFacts one = facts("First story", "https://h.example/1", "Aidos Temirkhanov and Ерлан Токмурзин", TEMIRKHANOV,
                TOKMURZIN);
        AlertFacts two = new AlertFacts("Wire", facts("Second story", "https://w.example/2", "Ерлан Токмурзин again",
                TOKMURZIN).item(), facts("Second story", "https://w.example/2", "Ерлан Токмурзин again", TOKMURZIN)
                .persons(), List.of("Daily", "Vesti"));
        OutgoingMessage m = composer.compose(staff("marat@example.org", Follows.everyone()), List.of(one, two), "k");
        assertThat(m.subject()).isEqualTo("casewatch: Aidos Temirkhanov, Ерлан Токмурзин in 2 new items");
        assertThat(m.text()).containsSubsequence("== Aidos Temirkhanov ==", "First story", "== Ерлан Токмурзин ==",
                "First story", "Second story", "Source: Wire; also reported by Daily, Vesti");
    }

    @Test
    void sensitivePersonsAreInitialsInTheSubjectOnly() {
        Person secret = new Person("s", "Aidos Temirkhanov", List.of("Aidos Temirkhanov"), List.of(), "",
                Visibility.INTERNAL, List.of(), List.of(), true, "");
        OutgoingMessage m = composer.compose(staff("a@example.org", Follows.everyone()),
                List.of(facts("T", "https://h.example/", "Aidos Temirkhanov", secret)), "k");
        assertThat(m.subject()).isEqualTo("casewatch: A. T. in Steppe Herald");
        assertThat(m.text()).contains("Aidos Temirkhanov");
    }

    @Test
    void sourceTextIsEscapedAndNeverReachesAHeaderRaw() {
        AlertFacts facts = facts("<script>alert(1)</script> & \"quotes\"", "javascript:alert(1)",
                "<img src=x onerror=alert(1)> Aidos Temirkhanov", TEMIRKHANOV);
        AlertFacts injected = new AlertFacts("Herald\r\nBcc: victim@example.org", facts.item(), facts.persons(), List.of());
        OutgoingMessage m = composer.compose(staff("aliya@example.org", Follows.everyone()), List.of(injected), "k");
        assertThat(m.html()).doesNotContain("<script>", "<img", "href=\"javascript")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\"", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(m.subject()).doesNotContain("\r", "\n").isEqualTo("casewatch: Aidos Temirkhanov in Herald Bcc: victim@example.org");
    }

    @Test
    void headerTextLosesEveryControlCharacter() {
        assertThat(HeaderText.clean("a\r\nb\tc\u0000d\u2028e  f")).isEqualTo("a b c d e f");
        assertThat(HeaderText.clean("x".repeat(500))).hasSize(200);
    }
}
