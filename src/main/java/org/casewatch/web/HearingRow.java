package org.casewatch.web;

import org.casewatch.model.Person;
import org.casewatch.model.StoredHearing;

import java.time.LocalTime;

/** A hearing as the pages list it, with its evidence, link (http(s) only) and who confirmed it. */
public record HearingRow(long id, String personId, String personName, String date, String isoDate, String time,
                         String kind, String status, String court, String standing, String evidence, String link) {

    static HearingRow of(StoredHearing h, Person person, Dates dates, Texts t) {
        String standing = h.confirmedBy().map(n -> t.format("confirmed by %s", n))
                .orElse(t.get(h.confirmed() ? "confirmed (watchlist)" : "found in the news, not confirmed"));
        return new HearingRow(h.id(), h.personId(), person == null ? h.personId() : person.name(),
                dates.date(h.date(), t), h.date().toString(), h.time().map(LocalTime::toString).orElse(""),
                h.kind().label(), t.get(h.status().label()), h.court(), standing, h.evidence().orElse(""),
                MentionRow.webLink(h.link().orElse("")));
    }
}
