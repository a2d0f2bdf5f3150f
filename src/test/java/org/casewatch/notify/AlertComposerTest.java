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
import java.util.Set;

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
        return new AlertFacts("herald", "Steppe Herald", "guid:g1", item, found);
    }

    @Test
    void namesThePersonAndTheSourceAndCarriesEveryDetail() {
        AlertFacts facts = facts("Appeal date set", "https://herald.example/a", "The court will hear Aidos Temirkhanov.",
                TEMIRKHANOV);
        OutgoingMessage m = composer.compose(staff("aliya@example.org", Follows.everyone()), facts).orElseThrow();
        assertThat(m.subject()).isEqualTo("casewatch: Aidos Temirkhanov in Steppe Herald");
        assertThat(m.recipient()).isEqualTo("aliya@example.org");
        assertThat(m.text()).contains("Appeal date set", "https://herald.example/a", "Source: Steppe Herald",
                "Published: 20 Nov 2026, 09:15 (Asia/Almaty)", "The court will hear [[Aidos Temirkhanov]].",
                "matched «Aidos Temirkhanov» as Aidos Temirkhanov (name)");
        assertThat(m.html()).contains("<a href=\"https://herald.example/a\">Appeal date set</a>",
                "<mark style=\"background:#ffe066\">Aidos Temirkhanov</mark>");
    }

    @Test
    void onlyPersonsTheRecipientFollowsAreIncluded() {
        AlertFacts facts = facts("Two cases", "https://h.example/", "Aidos Temirkhanov and Ерлан Токмурзин", TEMIRKHANOV,
                TOKMURZIN);
        Follows land = new Follows(false, Set.of(), Set.of("land"));
        OutgoingMessage m = composer.compose(staff("marat@example.org", land), facts).orElseThrow();
        assertThat(m.subject()).isEqualTo("casewatch: Ерлан Токмурзин in Steppe Herald");
        assertThat(m.text()).doesNotContain("Aidos Temirkhanov:");
        Follows nobody = new Follows(false, Set.of("someone-else"), Set.of());
        assertThat(composer.compose(staff("x@example.org", nobody), facts)).isEmpty();
    }

    @Test
    void sourceTextIsEscapedAndNeverReachesAHeaderRaw() {
        AlertFacts facts = facts("<script>alert(1)</script> & \"quotes\"", "javascript:alert(1)",
                "<img src=x onerror=alert(1)> Aidos Temirkhanov", TEMIRKHANOV);
        AlertFacts injected = new AlertFacts("herald", "Herald\r\nBcc: victim@example.org", "guid:g1", facts.item(),
                facts.persons());
        OutgoingMessage m = composer.compose(staff("aliya@example.org", Follows.everyone()), injected).orElseThrow();
        assertThat(m.html()).doesNotContain("<script>", "<img", "href=\"javascript")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(m.subject()).doesNotContain("\r", "\n").isEqualTo("casewatch: Aidos Temirkhanov in Herald Bcc: victim@example.org");
    }

    @Test
    void theKeyIsStablePerItemAndRecipient() {
        AlertFacts facts = facts("T", "https://h.example/", "Aidos Temirkhanov", TEMIRKHANOV);
        String a = composer.compose(staff("Aliya@Example.org", Follows.everyone()), facts).orElseThrow().key();
        String b = composer.compose(staff("aliya@example.org", Follows.everyone()), facts).orElseThrow().key();
        String other = composer.compose(staff("marat@example.org", Follows.everyone()), facts).orElseThrow().key();
        assertThat(a).isEqualTo(b).startsWith("alert:herald:").isNotEqualTo(other);
    }

    @Test
    void headerTextLosesEveryControlCharacter() {
        assertThat(HeaderText.clean("a\r\nb\tc\u0000d\u2028e  f")).isEqualTo("a b c d e f");
        assertThat(HeaderText.clean("x".repeat(500))).hasSize(200);
    }
}
