package org.casewatch.pipeline;

import org.casewatch.model.AlertMode;
import org.casewatch.model.DigestSettings;
import org.casewatch.model.HearingEvent;
import org.casewatch.model.HearingStatus;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Partner;
import org.casewatch.model.Person;
import org.casewatch.model.SourceHealth;
import org.casewatch.model.Staff;
import org.casewatch.model.StoryDigest;
import org.casewatch.notify.DigestComposer;
import org.casewatch.notify.DigestFacts;
import org.casewatch.store.DigestRepository;
import org.casewatch.store.HearingRepository;
import org.casewatch.store.SourceStateRepository;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Queues the digests that are due: daily for staff who chose it, weekly for each partner address. A digest
 * covers the period that ended at its last scheduled time; the database records each (recipient, period)
 * so none goes out twice, and an empty one is recorded but not sent unless configured. A new subscriber's
 * first digest is the first full period after casewatch first saw them.
 */
public final class DigestPlanner implements DueMessages {

    private static final int UPCOMING_DAYS = 14;

    private final DigestRepository digests;
    private final HearingRepository hearings;
    private final SourceStateRepository states;
    private final DigestComposer composer;
    private final Redactor redactor;
    private final List<Person> persons;
    private final Map<String, Person> byId;
    private final List<Staff> staff;
    private final List<Partner> partners;
    private final Map<String, String> sourceNames;
    private final DigestSettings settings;
    private final ZoneId zone;
    private final Clock clock;

    public DigestPlanner(DigestRepository digests, HearingRepository hearings, SourceStateRepository states,
                         DigestComposer composer, List<Person> persons, List<Staff> staff, List<Partner> partners,
                         Map<String, String> sourceNames, DigestSettings settings, ZoneId zone, Clock clock) {
        this.digests = digests;
        this.hearings = hearings;
        this.states = states;
        this.composer = composer;
        this.redactor = new Redactor(persons);
        this.persons = List.copyOf(persons);
        this.byId = persons.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        this.staff = List.copyOf(staff);
        this.partners = List.copyOf(partners);
        this.sourceNames = Map.copyOf(sourceNames);
        this.settings = settings;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public int queueDue() {
        Instant now = clock.instant();
        int queued = 0;
        for (Staff member : staff) {
            if (member.alerts() == AlertMode.DAILY) {
                queued += queue(member.email(), dailyEnd(now), () -> staffDigest(member, dailyEnd(now)));
            }
        }
        for (Partner partner : partners) {
            Instant end = weeklyEnd(now, partner.day(), partner);
            for (String email : partner.emails()) {
                queued += queue(email, end, () -> partnerDigest(partner, email, end));
            }
        }
        return queued;
    }

    /** The digest a subscriber (staff email, partner email or organisation) would get for the period ending at or before {@code at}. */
    public Optional<OutgoingMessage> preview(String subscriber, Instant at) {
        String wanted = subscriber.toLowerCase(Locale.ROOT);
        for (Staff member : staff) {
            if (member.email().toLowerCase(Locale.ROOT).equals(wanted)) {
                return staffDigest(member, dailyEnd(at));
            }
        }
        for (Partner partner : partners) {
            for (String email : partner.emails()) {
                if (email.toLowerCase(Locale.ROOT).equals(wanted) || partner.organisation().toLowerCase(Locale.ROOT)
                        .equals(wanted)) {
                    return partnerDigest(partner, email, weeklyEnd(at, partner.day(), partner));
                }
            }
        }
        throw new IllegalArgumentException("no staff member or partner is '" + subscriber
                + "' (see casewatch subscribers)");
    }

    private int queue(String email, Instant end, java.util.function.Supplier<Optional<OutgoingMessage>> compose) {
        String recipient = email.toLowerCase(Locale.ROOT);
        if (digests.done(recipient, end)) {
            return 0;
        }
        if (!digests.started(recipient)) {
            // A new subscriber's first period ended before casewatch knew them: its end is their starting line.
            digests.record(recipient, end, Optional.empty(), clock.instant());
            return 0;
        }
        Optional<OutgoingMessage> message = compose.get();
        digests.record(recipient, end, message, clock.instant());
        return message.isPresent() ? 1 : 0;
    }

    private Optional<OutgoingMessage> staffDigest(Staff member, Instant end) {
        Instant start = end.minus(java.time.Duration.ofDays(1));
        DigestFacts facts = facts(start, end, true);
        return composer.staff(member, facts, key(member.email(), end), settings.sendEmpty());
    }

    private Optional<OutgoingMessage> partnerDigest(Partner partner, String email, Instant end) {
        Instant start = end.minus(java.time.Duration.ofDays(7));
        DigestFacts facts = facts(start, end, false);
        // Titles may name internal persons beside public ones: withhold those names, and the link with them.
        List<StoryDigest> stories = facts.stories().stream().map(s -> {
            String title = redactor.redact(s.title());
            return title.equals(s.title()) ? s : s.withText(title, "");
        }).toList();
        DigestFacts safe = new DigestFacts(facts.from(), facts.to(), facts.persons(), stories, facts.upcoming(),
                facts.changes(), List.of(), List.of(), facts.sourceNames());
        return composer.partner(partner, email, safe, key(email, end), settings.sendEmpty());
    }

    private DigestFacts facts(Instant start, Instant end, boolean health) {
        LocalDate from = start.atZone(zone).toLocalDate();
        LocalDate to = end.atZone(zone).toLocalDate();
        List<HearingEvent> upcoming = hearings.between(to, to.plusDays(UPCOMING_DAYS)).stream()
                .filter(h -> h.status() == HearingStatus.SCHEDULED && byId.containsKey(h.personId()))
                .map(h -> new HearingEvent(h, byId.get(h.personId()))).toList();
        List<SourceHealth> failing = health ? states.health().stream().filter(h -> h.consecutiveFailures() > 0).toList()
                : List.of();
        List<String> silent = health ? digests.silentSources(end.minus(settings.silentAfter())) : List.of();
        return new DigestFacts(from, to, persons, digests.stories(start, end), upcoming,
                hearings.changes(start, end), failing, silent, sourceNames);
    }

    private static String key(String email, Instant end) {
        return "digest:" + email.toLowerCase(Locale.ROOT) + ":" + end.toEpochMilli();
    }

    /** Today at the digest time if that has passed, otherwise yesterday at it. */
    private Instant dailyEnd(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(settings.dailyAt()).atZone(zone);
        return (local.isBefore(today) ? today.minusDays(1) : today).toInstant();
    }

    /** The last {@code day} at the partner's time that is not after now. */
    private Instant weeklyEnd(Instant now, DayOfWeek day, Partner partner) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate = local.toLocalDate().with(TemporalAdjusters.previousOrSame(day))
                .atTime(partner.time()).atZone(zone);
        return (candidate.isAfter(local) ? candidate.minusWeeks(1) : candidate).toInstant();
    }
}
