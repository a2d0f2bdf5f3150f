package org.casewatch.app;

import org.casewatch.config.Config;
import org.casewatch.fetch.FileFetcher;
import org.casewatch.fetch.HttpFetcher;
import org.casewatch.fetch.RoutingFetcher;
import org.casewatch.match.HearingExtractor;
import org.casewatch.match.PersonMatcher;
import org.casewatch.model.CycleReport;
import org.casewatch.model.HearingEvent;
import org.casewatch.model.MailSettings;
import org.casewatch.model.MailTransport;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Person;
import org.casewatch.model.Settings;
import org.casewatch.model.Source;
import org.casewatch.model.SourceHealth;
import org.casewatch.notify.AlertComposer;
import org.casewatch.notify.DigestComposer;
import org.casewatch.notify.DirectoryMailer;
import org.casewatch.notify.HearingCalendar;
import org.casewatch.notify.Mailer;
import org.casewatch.notify.OperatorNoticeComposer;
import org.casewatch.notify.ReminderComposer;
import org.casewatch.notify.SmtpMailer;
import org.casewatch.parse.ArticleExtractor;
import org.casewatch.parse.FeedParser;
import org.casewatch.parse.PageParser;
import org.casewatch.pipeline.AlertBatcher;
import org.casewatch.pipeline.AlertPlanner;
import org.casewatch.pipeline.ArticleReader;
import org.casewatch.pipeline.DigestPlanner;
import org.casewatch.pipeline.HealthWatcher;
import org.casewatch.pipeline.ItemReader;
import org.casewatch.pipeline.OutboxDelivery;
import org.casewatch.pipeline.PollCycle;
import org.casewatch.pipeline.PollSchedule;
import org.casewatch.pipeline.ReminderPlanner;
import org.casewatch.pipeline.Retention;
import org.casewatch.pipeline.SourcePoller;
import org.casewatch.schedule.PollTicker;
import org.casewatch.store.AlertQueue;
import org.casewatch.store.DigestRepository;
import org.casewatch.store.HearingRepository;
import org.casewatch.store.ItemRepository;
import org.casewatch.store.OutboxRepository;
import org.casewatch.store.RetentionRepository;
import org.casewatch.store.SourceNoticeRepository;
import org.casewatch.store.SourceStateRepository;
import org.casewatch.store.SqliteDatabase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * casewatch assembled from one configuration: database, fetchers, parsers, matcher, composer, mailer and
 * the poll cycle. Open it, run one cycle or the daemon, close it.
 */
public final class Casewatch implements AutoCloseable {

    private final Config config;
    private final SqliteDatabase database;
    private final SourceStateRepository states;
    private final HearingRepository hearings;
    private final DigestPlanner digests;
    private final PollCycle cycle;

    private Casewatch(Config config, SqliteDatabase database, SourceStateRepository states, HearingRepository hearings,
                      DigestPlanner digests, PollCycle cycle) {
        this.digests = digests;
        this.config = config;
        this.database = database;
        this.states = states;
        this.hearings = hearings;
        this.cycle = cycle;
    }

    public static Casewatch open(Config config, Clock clock, Map<String, String> env) {
        Settings settings = config.settings();
        SqliteDatabase database = SqliteDatabase.open(settings.database());
        try {
            SourceStateRepository states = new SourceStateRepository(database);
            OutboxRepository outbox = new OutboxRepository(database);
            RoutingFetcher fetcher = fetcher(settings, clock);
            ItemReader reader = new ItemReader(fetcher, new FeedParser(), new PageParser(settings.zone()));
            AlertPlanner planner = new AlertPlanner(new PersonMatcher(config.persons()), new HearingExtractor(),
                    config.persons(), config.staff(), settings.zone());
            AlertBatcher batcher = new AlertBatcher(new AlertQueue(database), new AlertComposer(settings.zone()),
                    config.persons(), config.staff(), config.sources(), settings.digests().batchWindow(), clock);
            SourcePoller poller = new SourcePoller(reader, new ArticleReader(fetcher, new ArticleExtractor()), planner,
                    new ItemRepository(database), states, new PollSchedule(settings.schedule(), new Random()), clock,
                    settings.alertMaxAge());
            OutboxDelivery delivery = new OutboxDelivery(outbox, mailer(settings.mail(), clock, env), clock,
                    settings.health().operator(), new OperatorNoticeComposer(settings.zone()));
            HearingRepository hearings = new HearingRepository(database);
            hearings.syncKnown(config.persons(), clock.instant());
            ReminderPlanner reminders = new ReminderPlanner(hearings, outbox,
                    new ReminderComposer(new HearingCalendar(settings.zone()), settings.zone(),
                            config.sources()), config.persons(), config.staff(),
                    settings.reminders(), settings.zone(), clock);
            DigestPlanner digests = new DigestPlanner(new DigestRepository(database), hearings, states,
                    new DigestComposer(settings.digests().perPerson()), config.persons(), config.staff(),
                    config.partners(), config.sources().stream().collect(Collectors.toMap(Source::id, Source::name)),
                    settings.digests(), settings.zone(), clock);
            HealthWatcher health = new HealthWatcher(config.sources(), states, new DigestRepository(database),
                    new SourceNoticeRepository(database), new OperatorNoticeComposer(settings.zone()), settings.health(),
                    clock);
            Retention retention = new Retention(new RetentionRepository(database), settings.retention(), clock);
            PollCycle cycle = new PollCycle(config.sources(), poller, batcher, List.of(reminders, digests, health),
                    delivery, retention, states, outbox, clock, settings.http().maxConcurrency());
            return new Casewatch(config, database, states, hearings, digests, cycle);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    static RoutingFetcher fetcher(Settings settings, Clock clock) {
        return new RoutingFetcher(new HttpFetcher(settings.http(), clock), new FileFetcher(settings.http().maxBodyBytes()));
    }

    static Mailer mailer(MailSettings mail, Clock clock, Map<String, String> env) {
        if (mail.transport() == MailTransport.SMTP) {
            var smtp = mail.smtp().orElseThrow();
            Optional<String> password = smtp.passwordEnv().map(env::get);
            return new SmtpMailer(smtp, password, mail.from(), clock);
        }
        return new DirectoryMailer(mail.directory(), mail.from(), clock);
    }

    /** One full cycle: every enabled source now, due or not, then delivery. */
    public CycleReport runOnce() {
        return cycle.run(true);
    }

    /** One tick of the daemon: the sources that are due, the alert batches and reminders that are due, delivery. */
    public CycleReport tick() {
        return cycle.run(false);
    }

    /** Runs the daemon until {@code stopSignal} completes (SIGTERM, Ctrl-C), then stops cleanly. */
    public void runUntil(Runnable awaitStop) {
        try (PollTicker ticker = new PollTicker(cycle, config.settings().schedule().tick())) {
            ticker.start();
            awaitStop.run();
        }
    }

    /** Hearings dated from..to, with their persons' names. */
    public List<HearingEvent> hearings(LocalDate from, LocalDate to) {
        Map<String, Person> persons = config.persons().stream().collect(Collectors.toMap(Person::id, p -> p));
        return hearings.between(from, to).stream().map(h -> persons.containsKey(h.personId())
                ? new HearingEvent(h, persons.get(h.personId())) : new HearingEvent(h, h.personId(), h.personId())).toList();
    }

    /** The hearings as an RFC 5545 calendar, stamped with the moment it is written. */
    public String calendar(List<HearingEvent> events, java.time.Instant stamp) {
        return new HearingCalendar(config.settings().zone()).ics(events, stamp);
    }

    /** The digest a subscriber would receive for the period ending at or before {@code at}; the same code sends it. */
    public Optional<OutgoingMessage> previewDigest(String subscriber, java.time.Instant at) {
        return digests.preview(subscriber, at);
    }

    public List<SourceHealth> health() {
        return states.health();
    }


    @Override
    public void close() {
        cycle.close();
        database.close();
    }
}
