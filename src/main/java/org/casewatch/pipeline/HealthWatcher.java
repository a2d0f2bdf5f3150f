package org.casewatch.pipeline;

import org.casewatch.model.HealthSettings;
import org.casewatch.model.Source;
import org.casewatch.model.SourceHealth;
import org.casewatch.notify.OperatorNoticeComposer;
import org.casewatch.store.DigestRepository;
import org.casewatch.store.SourceNoticeRepository;
import org.casewatch.store.SourceStateRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells the operator once when a source starts failing (after N failures in a row) or falls silent (no new
 * item for a while), and once when it recovers; once, not as a failure, when its feed has to be read leniently;
 * never the partners, never once per poll.
 */
public final class HealthWatcher implements DueMessages {

    /** How long after its last lenient reading a source still counts as read leniently for the operator. */
    private static final Duration LENIENT_MEMORY = Duration.ofDays(7);

    private final List<Source> sources;
    private final SourceStateRepository states;
    private final DigestRepository digests;
    private final SourceNoticeRepository notices;
    private final OperatorNoticeComposer composer;
    private final HealthSettings settings;
    private final Clock clock;

    public HealthWatcher(List<Source> sources, SourceStateRepository states, DigestRepository digests,
                         SourceNoticeRepository notices, OperatorNoticeComposer composer, HealthSettings settings,
                         Clock clock) {
        this.sources = List.copyOf(sources);
        this.states = states;
        this.digests = digests;
        this.notices = notices;
        this.composer = composer;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int queueDue() {
        if (settings.operator().isEmpty()) {
            return 0;
        }
        String operator = settings.operator().get();
        Instant now = clock.instant();
        Map<String, SourceHealth> health = states.health().stream()
                .collect(Collectors.toMap(SourceHealth::sourceId, Function.identity()));
        Set<String> silent = new HashSet<>(digests.silentSources(now.minus(settings.silentAfter())));
        int queued = 0;
        for (Source source : sources) {
            if (!source.enabled()) {
                continue;
            }
            Optional<SourceHealth> h = Optional.ofNullable(health.get(source.id()));
            boolean failing = h.map(x -> x.consecutiveFailures() >= settings.afterFailures()).orElse(false);
            queued += track(operator, source, "failing", failing, h, now);
            queued += track(operator, source, "silent", silent.contains(source.id()), h, now);
            queued += trackLenient(operator, source, h, now);
        }
        return queued;
    }

    /**
     * A feed read leniently is told once, not as a failure: the notice stays open while the feed was read
     * leniently within {@link #LENIENT_MEMORY}, so a feed broken now and then is one notice, and it closes
     * without a message (nothing was lost while it was open, so there is nothing to recover from).
     */
    private int trackLenient(String operator, Source source, Optional<SourceHealth> h, Instant now) {
        boolean active = h.flatMap(SourceHealth::lenientAt).map(at -> !at.isBefore(now.minus(LENIENT_MEMORY)))
                .orElse(false);
        Optional<Long> open = notices.open(source.id(), "lenient");
        if (active && open.isEmpty()) {
            notices.opened(source.id(), "lenient", composer.lenient(operator, source.name(), h.orElseThrow(),
                    "notice:" + source.id() + ":lenient:" + now.toEpochMilli()), now);
            return 1;
        }
        if (!active && open.isPresent()) {
            notices.closedQuietly(open.get(), now);
        }
        return 0;
    }

    private int track(String operator, Source source, String kind, boolean active, Optional<SourceHealth> h,
                      Instant now) {
        Optional<Long> open = notices.open(source.id(), kind);
        if (active && open.isEmpty()) {
            notices.opened(source.id(), kind, composer.source(operator, kind, source.name(), h,
                    "notice:" + source.id() + ":" + kind + ":" + now.toEpochMilli()), now);
            return 1;
        }
        if (!active && open.isPresent()) {
            notices.closed(open.get(), composer.source(operator, "recovered", source.name(), h,
                    "notice:" + source.id() + ":recovered:" + open.get()), now);
            return 1;
        }
        return 0;
    }
}
