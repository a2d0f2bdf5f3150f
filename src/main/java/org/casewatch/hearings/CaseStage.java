package org.casewatch.hearings;

import org.casewatch.model.HearingKind;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stage a case is at as a text goes on: the last trial, appeal, cassation or parole word read. "The next
 * hearing is on 5 May" in an article about an appeal is an appeal hearing.
 */
final class CaseStage {

    private static final Set<HearingKind> STAGES = Set.of(HearingKind.TRIAL, HearingKind.APPEAL,
            HearingKind.CASSATION, HearingKind.PAROLE);
    private Optional<HearingKind> last = Optional.empty();

    /** The stage at a word of the sentence being read, given that sentence's cues. */
    Optional<HearingKind> at(List<EventCues.Cue> cues, int word) {
        Optional<HearingKind> out = last;
        for (EventCues.Cue c : cues) {
            if (c.word() < word && c.role() == EventCues.Role.EVENT && STAGES.contains(c.kind())) {
                out = Optional.of(c.kind());
            }
        }
        return out;
    }

    /** Moves on past a sentence. */
    void read(List<EventCues.Cue> cues) {
        last = at(cues, Integer.MAX_VALUE);
    }
}
