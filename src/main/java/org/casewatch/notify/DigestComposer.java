package org.casewatch.notify;

import org.casewatch.model.HearingChange;
import org.casewatch.model.HearingEvent;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Partner;
import org.casewatch.model.Person;
import org.casewatch.model.SourceHealth;
import org.casewatch.model.Staff;
import org.casewatch.model.StoryDigest;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Composes digests, grouped by person: new developments (one line per story, capped, "and N more"),
 * hearings in the next 14 days, hearing changes. Staff digests add staff notes and source health. Partner
 * digests are filtered here, whatever the caller passes: only persons the partner may see (public, among
 * its cases), no notes, no source health, no names in the subject.
 */
public final class DigestComposer {

    private final int perPerson;

    public DigestComposer(int perPerson) {
        this.perPerson = perPerson;
    }

    /** Empty when there is nothing to say and {@code sendEmpty} is false. */
    public Optional<OutgoingMessage> staff(Staff staff, DigestFacts facts, String key, boolean sendEmpty) {
        Words w = new Words(staff.language());
        List<Person> persons = facts.persons().stream().filter(p -> staff.follows().covers(p)).toList();
        Body body = body(w, facts, persons, true);
        boolean health = !facts.failing().isEmpty() || !facts.silent().isEmpty();
        if (health) {
            body.person("");
            body.heading(w.get("Sources"));
            for (SourceHealth h : facts.failing()) {
                body.line(name(facts, h.sourceId()) + ": " + w.get("failing") + " (" + h.consecutiveFailures() + "): "
                        + h.lastError().orElse(""), Optional.empty());
            }
            for (String id : facts.silent()) {
                body.line(name(facts, id) + ": " + w.get("no new items since") + " " + w.days().format(facts.from()),
                        Optional.empty());
            }
        }
        if (body.empty && !health && !sendEmpty) {
            return Optional.empty();
        }
        String subject = "casewatch " + w.get("daily digest") + ", " + w.days().format(facts.to()) + ": "
                + body.stories.size() + " " + w.get("developments");
        return Optional.of(body.message(key, staff.email(), "digest", subject, w.get("staff footer")));
    }

    /** The weekly digest of one partner address. */
    public Optional<OutgoingMessage> partner(Partner partner, String email, DigestFacts facts, String key,
                                             boolean sendEmpty) {
        Words w = new Words(partner.language());
        List<Person> persons = facts.persons().stream().filter(partner::sees).toList();
        Body body = body(w, facts, persons, false);
        if (body.empty && !sendEmpty) {
            return Optional.empty();
        }
        String subject = "casewatch " + w.get("weekly digest") + ", " + w.days().format(facts.from()) + " – "
                + w.days().format(facts.to());
        return Optional.of(body.message(key, email, "digest", subject, w.get("partner footer")));
    }

    private Body body(Words w, DigestFacts facts, List<Person> persons, boolean staff) {
        Body body = new Body();
        for (Person person : persons) {
            Predicate<String> isPerson = id -> id.equals(person.id());
            List<StoryDigest> stories = facts.stories().stream().filter(s -> s.personIds().stream().anyMatch(isPerson))
                    .toList();
            List<HearingEvent> upcoming = facts.upcoming().stream().filter(h -> isPerson.test(h.hearing().personId()))
                    .toList();
            List<HearingChange> changes = facts.changes().stream().filter(c -> isPerson.test(c.hearing().personId()))
                    .toList();
            if (stories.isEmpty() && upcoming.isEmpty() && changes.isEmpty()) {
                continue;
            }
            body.empty = false;
            body.person(person.name());
            if (staff && !person.note().isBlank()) {
                body.note(w.get("Staff note") + ": " + person.note());
            }
            if (!stories.isEmpty()) {
                body.heading(w.get("New developments"));
                for (StoryDigest s : stories.subList(0, Math.min(perPerson, stories.size()))) {
                    List<String> others = s.sourceIds().stream().skip(1).map(id -> name(facts, id)).toList();
                    body.line(s.title() + " (" + name(facts, s.sourceIds().get(0))
                            + (others.isEmpty() ? "" : "; " + w.get("also reported by") + " " + String.join(", ", others))
                            + ")", Optional.of(s.link()).filter(Html::isWebLink));
                }
                if (stories.size() > perPerson) {
                    body.line(String.format(w.get("and %d more"), stories.size() - perPerson), Optional.empty());
                }
                stories.forEach(story -> body.stories.add(story.storyId()));
            }
            if (!upcoming.isEmpty()) {
                body.heading(w.get("Hearings in the next 14 days"));
                for (HearingEvent e : upcoming) {
                    body.line(w.days().format(e.hearing().date()) + e.hearing().time().map(t -> " " + t).orElse("") + ", "
                            + w.kind(e.hearing().kind()) + (e.hearing().court().isBlank() ? "" : ", " + e.hearing().court())
                            + " (" + w.get(e.hearing().confirmed() ? "confirmed" : "found, not confirmed") + ")"
                            + (staff && !e.hearing().note().isBlank() ? ": " + e.hearing().note() : ""),
                            e.hearing().link().filter(Html::isWebLink));
                }
            }
            if (!changes.isEmpty()) {
                body.heading(w.get("Hearing changes"));
                for (HearingChange c : changes) {
                    body.line(w.days().format(c.hearing().date()) + ", " + w.kind(c.hearing().kind()) + ": "
                            + w.status(c.hearing().status()), c.hearing().link().filter(Html::isWebLink));
                }
            }
        }
        if (body.empty) {
            body.line(w.get("Nothing new this period."), Optional.empty());
        }
        return body;
    }

    private static String name(DigestFacts facts, String sourceId) {
        return facts.sourceNames().getOrDefault(sourceId, sourceId);
    }

    /** A digest being assembled: sections of headed lines, rendered by the digest templates. */
    private static final class Body {
        private final List<Views.Section> sections = new java.util.ArrayList<>();
        private String name = "";
        private List<Views.Line> notes = new java.util.ArrayList<>();
        private List<Views.Group> groups = new java.util.ArrayList<>();
        private String heading = "";
        private List<Views.Line> lines = new java.util.ArrayList<>();
        private boolean empty = true;
        /** Distinct stories reported: a story naming two persons is listed under both but counted once. */
        private final java.util.Set<Long> stories = new java.util.HashSet<>();

        void person(String person) {
            closeSection();
            name = person;
        }

        void note(String text) {
            notes.add(new Views.Line(text, ""));
        }

        void heading(String text) {
            closeGroup();
            heading = text;
        }

        void line(String text, Optional<String> link) {
            lines.add(new Views.Line(text, link.map(String::strip).orElse("")));
        }

        private void closeGroup() {
            if (!lines.isEmpty() || !heading.isEmpty()) {
                groups.add(new Views.Group(heading, lines));
            }
            heading = "";
            lines = new java.util.ArrayList<>();
        }

        private void closeSection() {
            closeGroup();
            if (!name.isEmpty() || !notes.isEmpty() || !groups.isEmpty()) {
                sections.add(new Views.Section(name, notes, groups));
            }
            name = "";
            notes = new java.util.ArrayList<>();
            groups = new java.util.ArrayList<>();
        }

        OutgoingMessage message(String key, String to, String kind, String subject, String footer) {
            closeSection();
            Views.Digest view = new Views.Digest(sections, footer);
            return new OutgoingMessage(key, to, kind, HeaderText.clean(subject), Templates.html("digest", view),
                    Templates.text("digest", view));
        }
    }
}
