package org.casewatch.hearings;

import org.casewatch.model.HearingKind;

import java.util.List;
import java.util.Optional;

/**
 * The kind of a dated event: the most decisive kind among the event words nearest to its date (cassation,
 * appeal, parole, release, verdict, trial, other); a sitting of a court ("the hearing", "заседание") or a
 * decision with no kind of its own ("refused", "отклонил") is of the kind it decides or of the stage the
 * case is at; a filing ("подала апелляционную жалобу 7 апреля") dates the filing, not a hearing, unless it
 * asks for parole.
 */
final class EventKinds {

    /** Kinds from the most decisive: a parole hearing's "освобождение" is parole, not a release. */
    private static final List<HearingKind> ORDER = List.of(HearingKind.CASSATION, HearingKind.APPEAL,
            HearingKind.PAROLE, HearingKind.RELEASE, HearingKind.VERDICT, HearingKind.TRIAL, HearingKind.OTHER);
    /** The kind comes from the event words at most this many words further than the nearest one. */
    private static final int WINDOW = 2;

    private EventKinds() {
    }

    /**
     * @param word  the date's word in its sentence
     * @param cues  the cues the date took
     * @param stage the stage the case is at where the date is written
     */
    static HearingKind of(int word, List<EventCues.Cue> cues, Optional<HearingKind> stage) {
        int nearest = cues.stream().filter(c -> c.role() != EventCues.Role.NOT_AN_EVENT
                        && c.role() != EventCues.Role.SPOKEN && c.role() != EventCues.Role.GATHERING)
                .mapToInt(c -> Math.abs(c.word() - word)).min().orElse(0);
        List<EventCues.Cue> near = cues.stream().filter(c -> Math.abs(c.word() - word) <= nearest + WINDOW).toList();
        Optional<HearingKind> specific = mostDecisive(near, true);
        if (near.stream().anyMatch(c -> c.role() == EventCues.Role.FILING)) {
            return specific.filter(HearingKind.PAROLE::equals).or(() -> stage.filter(HearingKind.PAROLE::equals))
                    .orElse(HearingKind.OTHER);
        }
        if (specific.isPresent()) {
            return specific.get();
        }
        if (mostDecisive(near, false).isPresent()) {
            return HearingKind.OTHER;
        }
        return mostDecisive(cues, true).or(() -> stage).orElse(HearingKind.OTHER);
    }

    /** The more decisive of two kinds. */
    static HearingKind moreDecisive(HearingKind a, HearingKind b) {
        return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
    }

    /** The most decisive kind named by event words; with {@code specific}, other than OTHER. */
    private static Optional<HearingKind> mostDecisive(List<EventCues.Cue> cues, boolean specific) {
        return cues.stream().filter(c -> c.role() == EventCues.Role.EVENT)
                .filter(c -> !specific || c.kind() != HearingKind.OTHER).map(EventCues.Cue::kind)
                .reduce(EventKinds::moreDecisive);
    }
}
