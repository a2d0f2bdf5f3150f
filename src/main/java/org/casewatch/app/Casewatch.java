package org.casewatch.app;

import org.casewatch.config.Config;
import org.casewatch.fetch.FileFetcher;
import org.casewatch.fetch.HttpFetcher;
import org.casewatch.fetch.RoutingFetcher;
import org.casewatch.hearings.HearingExtractor;
import org.casewatch.match.PersonMatcher;
import org.casewatch.model.CycleReport;
import org.casewatch.model.HearingEvent;
import org.casewatch.model.DatabaseSettings;
import org.casewatch.model.MailSettings;
import org.casewatch.model.Node;
import org.casewatch.model.NodeStatus;
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
import org.casewatch.model.NameExclusion;
import org.casewatch.model.SourceReport;
import org.casewatch.model.Staff;
import org.casewatch.pipeline.AlertBatcher;
import org.casewatch.pipeline.AlertPlanner;
import org.casewatch.pipeline.ArticleReader;
import org.casewatch.pipeline.Cycle;
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
import org.casewatch.store.CounterRepository;
import org.casewatch.store.ItemRepository;
import org.casewatch.store.MentionRepository;
import org.casewatch.store.OutboxRepository;
import org.casewatch.store.PreferenceRepository;
import org.casewatch.store.RetentionRepository;
import org.casewatch.store.SourceNoticeRepository;
import org.casewatch.store.SourceStateRepository;
import org.casewatch.store.Claims;
import org.casewatch.store.ClusterRepository;
import org.casewatch.store.SharedClaims;
import org.casewatch.store.SoleNodeClaims;
import org.casewatch.store.Database;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * casewatch assembled from one configuration: database, fetchers, parsers, matcher, composer, mailer and
 * the poll cycle. Open it, run one cycle or the daemon, close it. What staff choose in the console (subscriptions,
 * "not this person") is read before every cycle; when it changed, the parts that depend on it are assembled anew, so
 * it is in force from the next cycle.
 */
public final class Casewatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Casewatch.class);

    private final Config config;
    private final Database database;
    private final SourceStateRepository states;
    private final HearingRepository hearings;
    private final Shared shared;
    private final Clock clock;
    private final PreferenceRepository preferences;
    private final MentionRepository mentions;
    private final CounterRepository counters;
    private final Node node;
    private final Claims claims;
    private final boolean clustered;
    /** Started when this process first does work as a node (commands that only read never join the cluster). */
    private volatile Optional<Heartbeat> heartbeat = Optional.empty();
    private final Map<String, String> env;
    private final Daemon daemon = new Daemon();
    private volatile Generation current;
    private volatile boolean stopping;

    /** The parts that do not depend on who follows what: built once, kept across generations. */
    private record Shared(ItemReader reader, ArticleReader articles, ItemRepository items, OutboxRepository outbox,
                          OutboxDelivery delivery, HealthWatcher health, Retention retention) {
    }

    /** The parts assembled from one state of the staff's choices. */
    private record Generation(List<Staff> staff, List<NameExclusion> exclusions, PollCycle cycle, DigestPlanner digests) {
    }

    private Casewatch(Config config, Database database, SourceStateRepository states, HearingRepository hearings,
                      Shared shared, Clock clock, Node node, Claims claims, Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.node = node;
        this.claims = claims;
        this.clustered = config.settings().database() instanceof DatabaseSettings.Postgres;
        this.config = config;
        this.database = database;
        this.states = states;
        this.hearings = hearings;
        this.shared = shared;
        this.clock = clock;
        this.preferences = new PreferenceRepository(database);
        this.mentions = new MentionRepository(database);
        this.counters = new CounterRepository(database);
    }

    public static Casewatch open(Config config, Clock clock, Map<String, String> env) {
        Settings settings = config.settings();
        Node node = ThisNode.from(env, clock);
        Database database = Database.open(settings.database(), env);
        try {
            SourceStateRepository states = new SourceStateRepository(database, node);
            OutboxRepository outbox = new OutboxRepository(database);
            Claims claims = new SoleNodeClaims(outbox);
            if (settings.database() instanceof DatabaseSettings.Postgres) {
                claims = new SharedClaims(database, node, clock.instant());
            }
            RoutingFetcher fetcher = fetcher(settings, clock);
            ItemReader reader = new ItemReader(fetcher, new FeedParser(), new PageParser(settings.zone()));
            OutboxDelivery delivery = new OutboxDelivery(outbox, mailer(settings.mail(), clock, env), clock,
                    settings.health().operator(), new OperatorNoticeComposer(settings.zone()), claims);
            HearingRepository hearings = new HearingRepository(database);
            hearings.syncKnown(config.persons(), clock.instant());
            HealthWatcher health = new HealthWatcher(config.sources(), states, new DigestRepository(database),
                    new SourceNoticeRepository(database), new OperatorNoticeComposer(settings.zone()), settings.health(),
                    clock);
            Retention retention = new Retention(new RetentionRepository(database), settings.retention(), clock);
            Shared shared = new Shared(reader, new ArticleReader(fetcher, new ArticleExtractor()),
                    new ItemRepository(database), outbox, delivery, health, retention);
            Casewatch app = new Casewatch(config, database, states, hearings, shared, clock, node, claims, env);
            app.current = app.assemble(app.roster().staff(), app.mentions.exclusions());
            return app;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The pipeline for one state of the staff's choices. */
    private Generation assemble(List<Staff> staff, List<NameExclusion> exclusions) {
        Settings settings = config.settings();
        AlertPlanner planner = new AlertPlanner(new ExcludingMatcher(new PersonMatcher(config.persons()), exclusions),
                new HearingExtractor(), config.persons(), staff, settings.zone());
        AlertBatcher batcher = new AlertBatcher(new AlertQueue(database), new AlertComposer(settings.zone()),
                config.persons(), staff, config.sources(), settings.digests().batchWindow(), clock);
        SourcePoller poller = new SourcePoller(shared.reader(), shared.articles(), planner, shared.items(), states,
                new PollSchedule(settings.schedule(), new Random()), clock, settings.alertMaxAge(), claims);
        ReminderPlanner reminders = new ReminderPlanner(hearings, shared.outbox(),
                new ReminderComposer(new HearingCalendar(settings.zone()), settings.zone(), config.sources()),
                config.persons(), staff,
                settings.reminders(), settings.zone(), clock);
        DigestPlanner digests = new DigestPlanner(new DigestRepository(database), hearings, states,
                new DigestComposer(settings.digests().perPerson()), config.persons(), staff,
                config.partners(), config.sources().stream().collect(Collectors.toMap(Source::id, Source::name)),
                settings.digests(), settings.zone(), clock);
        PollCycle cycle = new PollCycle(config.sources(), poller, batcher, List.of(reminders, digests, shared.health()),
                shared.delivery(), shared.retention(), states, shared.outbox(), clock, settings.http().maxConcurrency(),
                claims);
        return new Generation(List.copyOf(staff), List.copyOf(exclusions), cycle, digests);
    }

    /** The staff as in force now: subscribers.yaml with what each chose in the console. */
    public Roster roster() {
        return Roster.of(config, preferences.all());
    }

    /** The written forms staff excluded in the console ("not this person"), by person. */
    public List<NameExclusion> exclusions() {
        return mentions.exclusions();
    }

    /** Assembles the pipeline anew when the staff's choices changed since the current one was. */
    private Generation refreshed() {
        Generation now = current;
        List<Staff> staff = roster().staff();
        List<NameExclusion> exclusions = mentions.exclusions();
        if (staff.equals(now.staff()) && exclusions.equals(now.exclusions())) {
            return now;
        }
        Generation next = assemble(staff, exclusions);
        current = next;
        now.cycle().close();
        if (stopping) {
            next.cycle().stop();
        }
        LOG.info("choices_applied staff={} exclusions={}", staff.size(), exclusions.size());
        return next;
    }

    /**
     * With several nodes, joins the cluster before the first piece of work: rows for sources never polled (so any node
     * can claim them), a first check-in, and the heartbeat that keeps this node's leases while it lives.
     */
    private synchronized void join() {
        if (!clustered || heartbeat.isPresent()) {
            return;
        }
        states.ensureRows(config.sources().stream().map(Source::id).toList());
        claims.checkIn(clock.instant());
        heartbeat = Optional.of(new Heartbeat(claims, clock, SharedClaims.HEARTBEAT));
        LOG.info("node_joined node={} database={}", node.id(), ((DatabaseSettings.Postgres) config.settings().database()).url());
    }

    private CycleReport run(boolean everySource) {
        join();
        Generation generation = refreshed();
        long start = System.nanoTime();
        CycleReport report = generation.cycle().run(everySource);
        Map<String, CounterRepository.Poll> polls = new java.util.HashMap<>();
        for (SourceReport s : report.sources()) {
            polls.put(s.sourceId(), switch (s.outcome()) {
                case FAILED -> CounterRepository.Poll.FAILED;
                case NOT_MODIFIED -> CounterRepository.Poll.NOT_MODIFIED;
                default -> CounterRepository.Poll.FETCHED;
            });
        }
        try {
            counters.recordCycle(polls, Duration.ofNanos(System.nanoTime() - start), clock.instant());
        } catch (RuntimeException e) {
            // Counters are for monitoring: failing to write them must not fail the cycle that did the work.
            LOG.warn("counters_failed error=\"{}\"", e.toString());
        }
        return report;
    }

    /** What the daemon's ticker runs: the current generation's cycle. */
    private final class Daemon implements Cycle {
        @Override
        public CycleReport run(boolean everySource) {
            return Casewatch.this.run(everySource);
        }

        @Override
        public void stop() {
            stopping = true;
            current.cycle().stop();
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
        return run(true);
    }

    /** One tick of the daemon: the sources that are due, the alert batches and reminders that are due, delivery. */
    public CycleReport tick() {
        return run(false);
    }

    /** Runs the daemon until {@code stopSignal} completes (SIGTERM, Ctrl-C), then stops cleanly. */
    public void runUntil(Runnable awaitStop) {
        join();
        try (PollTicker ticker = ticker()) {
            ticker.start();
            awaitStop.run();
        }
    }

    /** On one machine an in-memory ticker; with several nodes Quartz's clustered store on the shared database. */
    private PollTicker ticker() {
        Duration tick = config.settings().schedule().tick();
        if (config.settings().database() instanceof DatabaseSettings.Postgres pg) {
            return new PollTicker(daemon, tick, new PollTicker.SharedStore(pg.jdbcUrl(), pg.username(),
                    pg.passwordEnv().map(env::get), node.name()));
        }
        return new PollTicker(daemon, tick);
    }

    /** This process as a node: its name is what {@code casewatch sources} shows as the poller. */
    public Node node() {
        return node;
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
        return refreshed().digests().preview(subscriber, at);
    }

    public List<SourceHealth> health() {
        return states.health();
    }

    /** The nodes that ran against this database and what each holds (none on SQLite: one machine). */
    public List<NodeStatus> nodes() {
        return new ClusterRepository(database).nodes(clock.instant());
    }


    @Override
    public void close() {
        current.cycle().close();
        if (heartbeat.isPresent()) {
            heartbeat.get().close();
            try {
                claims.leave(clock.instant());
                LOG.info("node_left node={}", node.id());
            } catch (RuntimeException e) {
                // The leases lapse by themselves; the other nodes take the work over a little later.
                LOG.warn("node_leave_failed node={} error=\"{}\"", node.id(), e.toString());
            }
        }
        database.close();
    }
}
