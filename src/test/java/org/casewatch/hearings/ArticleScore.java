package org.casewatch.hearings;

import org.casewatch.model.FoundHearing;
import org.casewatch.model.HearingStatus;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores found hearings against an article's labels as the issue judges them: a found date is right when
 * person, month and day agree; the year and the kind are then scored on the right ones. A postponement found
 * as "moved to D from P" reads as D scheduled and P postponed, as the labels write it.
 */
final class ArticleScore {

    int right;
    int found;
    int labelled;
    int yearRight;
    int kindRight;
    int statusRight;
    /** Found dates still to come that the labels give to nobody: each would be a wrong reminder. */
    int wrongScheduled;
    final List<String> misses = new ArrayList<>();
    final List<String> wrong = new ArrayList<>();
    final List<String> kindMisses = new ArrayList<>();

    /** A found date in the labels' terms. */
    private record Found(String person, Optional<LocalDate> date, MonthDay monthDay, String kind, String status,
                         String sentence) {
    }

    void add(LabelledArticle article, List<FoundHearing> hearings) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (FoundHearing h : hearings) {
            String kind = h.kind().label();
            if (h.status() == HearingStatus.POSTPONED) {
                put(found, new Found(h.personId(), h.date(), h.monthDay(), kind, "scheduled", h.sentence()));
                h.previousDate().ifPresent(p -> put(found, new Found(h.personId(), Optional.of(p), MonthDay.from(p), kind,
                        "postponed", h.sentence())));
            } else {
                put(found, new Found(h.personId(), h.date(), h.monthDay(), kind, h.status().label(), h.sentence()));
            }
        }
        List<LabelledArticle.Label> open = new ArrayList<>(article.labels());
        labelled += open.size();
        for (Found f : found.values()) {
            this.found++;
            LabelledArticle.Label match = open.stream().filter(l -> l.person().equals(f.person())
                    && MonthDay.from(l.date()).equals(f.monthDay())).findFirst().orElse(null);
            if (match == null) {
                wrongScheduled += f.status().equals("scheduled") ? 1 : 0;
                wrong.add(article.file() + ": " + f.person() + " " + f.date().map(Object::toString).orElse("--" + f.monthDay())
                        + " " + f.kind() + "/" + f.status() + " <- " + f.sentence());
                continue;
            }
            open.remove(match);
            right++;
            yearRight += f.date().map(d -> d.getYear() == match.date().getYear()).orElse(false) ? 1 : 0;
            if (f.kind().equals(match.kind())) {
                kindRight++;
            } else {
                kindMisses.add(article.file() + ": " + f.person() + " " + match.date() + " found " + f.kind()
                        + ", labelled " + match.kind() + " <- " + f.sentence());
            }
            boolean sameStatus = f.status().equals(match.status())
                    // a date moved away with no new date is reported as cancelled: no reminder for it
                    || f.status().equals("cancelled") && match.status().equals("postponed");
            statusRight += sameStatus ? 1 : 0;
        }
        for (LabelledArticle.Label l : open) {
            misses.add(article.file() + ": " + l.person() + " " + l.date() + " " + l.kind() + "/" + l.status());
        }
    }

    private static void put(Map<String, Found> found, Found f) {
        String key = f.person() + "|" + f.monthDay();
        Found before = found.get(key);
        // A date both moved to and moved away from (a chain) was postponed in the end.
        if (before == null || f.status().equals("postponed")) {
            found.put(key, f);
        }
    }

    double precision() {
        return found == 0 ? 1 : (double) right / found;
    }

    double recall() {
        return labelled == 0 ? 1 : (double) right / labelled;
    }

    String summary(String name) {
        return String.format(Locale.ROOT, "%s: precision %.3f, recall %.3f (right %d, found %d, labelled %d);"
                        + " year right %d/%d, kind right %d/%d (%.0f%%), status right %d/%d; scheduled dates of nobody"
                        + " labelled: %d", name, precision(), recall(), right, found, labelled, yearRight, right, kindRight,
                right, right == 0 ? 0.0 : 100.0 * kindRight / right, statusRight, right, wrongScheduled);
    }
}
