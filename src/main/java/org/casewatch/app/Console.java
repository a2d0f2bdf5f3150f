package org.casewatch.app;

import org.casewatch.config.Config;
import org.casewatch.model.HearingEvent;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Person;
import org.casewatch.model.StoredHearing;
import org.casewatch.notify.HearingCalendar;
import org.casewatch.notify.Mailer;
import org.casewatch.notify.SendOutcome;
import org.casewatch.notify.SignInComposer;
import org.casewatch.store.CalendarTokenRepository;
import org.casewatch.store.CounterRepository;
import org.casewatch.store.HearingRepository;
import org.casewatch.store.HearingReviewRepository;
import org.casewatch.store.MentionRepository;
import org.casewatch.store.OutboxRepository;
import org.casewatch.store.PreferenceRepository;
import org.casewatch.store.SessionRepository;
import org.casewatch.store.SignInRepository;
import org.casewatch.store.SourceStateRepository;
import org.casewatch.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the staff console works with, assembled from one configuration: the same database and repositories the
 * daemon uses, the roster as in force, and the mailer for sign-in links. It holds no state of its own: every
 * request reads the database, so a console beside a daemon (or on a second node) sees what the daemon wrote.
 */
public final class Console implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Console.class);

    private final Config config;
    private final Clock clock;
    private final Map<String, String> env;
    private final Database database;
    private final Mailer mailer;
    private final Map<String, Person> persons;
    private final String nodeName;

    private Console(Config config, Clock clock, Map<String, String> env, Database database, Mailer mailer) {
        this.config = config;
        this.clock = clock;
        this.env = Map.copyOf(env);
        this.database = database;
        this.mailer = mailer;
        this.persons = config.persons().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        this.nodeName = ThisNode.from(env, clock).name();
    }

    public static Console open(Config config, Clock clock, Map<String, String> env) {
        Database database = Database.open(config.settings().database(), env);
        try {
            return new Console(config, clock, env, database, Casewatch.mailer(config.settings().mail(), clock, env));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Config config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    /** The metrics bearer token, when {@code web.metrics_token_env} names a variable that is set. */
    public Optional<String> metricsToken() {
        return config.settings().web().metricsTokenEnv().map(env::get).filter(t -> !t.isBlank());
    }

    /** The name of the node this console runs on (the machine's, or {@code CASEWATCH_NODE}). */
    public String nodeName() {
        return nodeName;
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(persons.get(id));
    }

    /** The staff as in force now (subscribers.yaml with the choices made here). */
    public Roster roster() {
        return Roster.of(config, preferences().all());
    }

    public SessionRepository sessions() {
        return new SessionRepository(database);
    }

    public SignInRepository signIns() {
        return new SignInRepository(database);
    }

    public PreferenceRepository preferences() {
        return new PreferenceRepository(database);
    }

    public MentionRepository mentions() {
        return new MentionRepository(database);
    }

    public HearingReviewRepository reviews() {
        return new HearingReviewRepository(database);
    }

    public HearingRepository hearings() {
        return new HearingRepository(database);
    }

    public CalendarTokenRepository calendars() {
        return new CalendarTokenRepository(database);
    }

    public CounterRepository counters() {
        return new CounterRepository(database);
    }

    public SourceStateRepository sourceStates() {
        return new SourceStateRepository(database);
    }

    /** The hearings as an RFC 5545 calendar, with the same UIDs as {@code casewatch hearings --ics}. */
    public String calendar(List<StoredHearing> hearings) {
        List<HearingEvent> events = hearings.stream().filter(h -> persons.containsKey(h.personId()))
                .map(h -> new HearingEvent(h, persons.get(h.personId()))).toList();
        return new HearingCalendar(config.settings().zone()).ics(events, clock.instant());
    }

    /**
     * Issues a sign-in link: its hash is stored and its email queued together, then sent at once. If sending fails
     * for now, the message stays in the outbox for the daemon's delivery to retry.
     */
    public void sendSignInLink(String email, String name, String language, String tokenHash, String link,
                               Duration validFor) {
        Instant now = clock.instant();
        OutgoingMessage message = new SignInComposer().compose(email, name, language, link, validFor.toMinutes(),
                "signin:" + tokenHash.substring(0, 16));
        OutboxRepository outbox = new OutboxRepository(database);
        long id = signIns().issue(tokenHash, email, now.plus(validFor), message, now, now.plus(Duration.ofMinutes(2)));
        SendOutcome outcome = mailer.send(message);
        Instant after = clock.instant();
        if (outcome instanceof SendOutcome.Sent) {
            outbox.markSent(id, after);
        } else if (outcome instanceof SendOutcome.Rejected r) {
            outbox.markRejected(id, after, r.reason());
            LOG.error("message_rejected message_id={} kind=signin error=\"{}\"", id, r.reason());
        } else {
            String reason = ((SendOutcome.RetryLater) outcome).reason();
            outbox.markRetry(id, after.plus(Duration.ofMinutes(1)), reason);
            LOG.warn("message_delayed message_id={} kind=signin error=\"{}\"", id, reason);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
