package org.casewatch.app;

import org.casewatch.hearings.HearingExtractor;
import org.casewatch.match.PersonMatcher;
import org.casewatch.model.FoundHearing;
import org.casewatch.model.Person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The matcher and the hearing extractor over a watchlist, for {@code casewatch dates}. */
public final class HearingSearch {

    private final PersonMatcher matcher;
    private final HearingExtractor extractor = new HearingExtractor();

    public HearingSearch(List<Person> watchlist) {
        this.matcher = new PersonMatcher(watchlist);
    }

    public List<FoundHearing> find(String text, Optional<LocalDate> published) {
        return extractor.find(text, matcher.find(text), published);
    }
}
