package org.casewatch.pipeline;

import org.casewatch.model.Item;
import org.casewatch.model.Source;
import org.casewatch.model.SourceOutcome;
import org.casewatch.model.SourceReport;
import org.casewatch.store.Claims;
import org.casewatch.store.ItemRepository;
import org.casewatch.store.NewItem;
import org.casewatch.store.SourceState;
import org.casewatch.store.SourceStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Polls one source from fetch to outbox. The poll's new items are stored with their mentions, hearings and
 * alerts in one transaction; the source's validators are updated only after all its items are stored, so a crash in
 * between means the next poll reads the same content again and the stored items are recognised. With several nodes,
 * the node checks that it still holds the source's lease before it stores anything: a node that lost the database
 * for a while and was replaced writes nothing of what it read.
 */
public final class SourcePoller {

    private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    private final ItemReader reader;
    private final ArticleReader articles;
    private final AlertPlanner planner;
    private final ItemRepository items;
    private final SourceStateRepository states;
    private final PollSchedule schedule;
    private final Clock clock;
    private final Optional<Duration> alertMaxAge;
    private final Claims claims;

    public SourcePoller(ItemReader reader, ArticleReader articles, AlertPlanner planner, ItemRepository items,
                        SourceStateRepository states, PollSchedule schedule, Clock clock, Optional<Duration> alertMaxAge,
                        Claims claims) {
        this.reader = reader;
        this.articles = articles;
        this.planner = planner;
        this.items = items;
        this.states = states;
        this.schedule = schedule;
        this.clock = clock;
        this.alertMaxAge = alertMaxAge;
        this.claims = claims;
    }

    /** @return what the poll produced; empty when another node took the source over while this one read it */
    public Optional<SourceReport> poll(Source source) {
        Instant now = clock.instant();
        SourceState state = states.find(source.id());
        SourceRead read = reader.read(source, state);
        if (!claims.holdsSource(source.id(), clock.instant())) {
            LOG.warn("lease_lost source_id={} (another node polls it now; nothing stored)", source.id());
            return Optional.empty();
        }
        if (read instanceof SourceRead.Failure failure) {
            int failures = state.consecutiveFailures() + 1;
            Instant next = schedule.afterFailure(now, source.interval(), failures, failure.retryAfter());
            states.recordFailure(source.id(), failure.reason(), failure.status(), now, next);
            LOG.warn("source_failed source_id={} failures={} next_poll_at={} error=\"{}\"", source.id(), failures, next,
                    failure.reason());
            return Optional.of(SourceReport.failed(source.id(), failure.reason()));
        }
        Instant next = schedule.afterSuccess(now, source.interval());
        if (read instanceof SourceRead.Unchanged) {
            states.recordSuccess(source.id(), Optional.empty(), Optional.empty(), now, next);
            return Optional.of(new SourceReport(source.id(), SourceOutcome.NOT_MODIFIED, 0, 0, 0, Optional.empty()));
        }
        SourceRead.Items fetched = (SourceRead.Items) read;
        int newItems = 0;
        int mentions = 0;
        int queued = 0;
        List<ItemRepository.Pending> batch = new ArrayList<>();
        for (NewItem item : items.filterNew(source.id(), fetched.items().stream().map(i -> plausible(i, now)).toList())) {
            Item withText = articles.withArticle(source, item.item());
            AlertPlanner.Plan plan = planner.plan(withText, now, recentEnough(withText, now));
            batch.add(new ItemRepository.Pending(item, withText, plan.mentions(), plan.hearings(), plan.alerts()));
        }
        // Article pages may have taken a while: check the lease again just before the items and alerts are stored.
        if (!batch.isEmpty() && !claims.holdsSource(source.id(), clock.instant())) {
            LOG.warn("lease_lost source_id={} (another node polls it now; nothing stored)", source.id());
            return Optional.empty();
        }
        List<Integer> saved = items.saveAll(batch, clock.instant());
        for (int i = 0; i < batch.size(); i++) {
            if (saved.get(i) >= 0) {
                newItems++;
                mentions += batch.get(i).mentions().size();
                queued += saved.get(i);
            }
        }
        states.recordSuccess(source.id(), fetched.etag(), fetched.lastModified(), now, next, fetched.leniently());
        fetched.leniently().ifPresent(why -> LOG.debug("source_read_leniently source_id={} error=\"{}\"", source.id(),
                why));
        LOG.debug("source_polled source_id={} items={} new_items={} mentions={} queued={}", source.id(),
                fetched.items().size(), newItems, mentions, queued);
        return Optional.of(new SourceReport(source.id(), SourceOutcome.FETCHED, newItems, mentions, queued,
                Optional.empty()));
    }

    /** A publication date before 1990 or more than two days ahead is a feed's mistake: the item keeps no date. */
    private static Item plausible(Item item, Instant now) {
        boolean absurd = item.published().filter(p -> p.isBefore(EARLIEST) || p.isAfter(now.plus(Duration.ofDays(2))))
                .isPresent();
        return absurd ? new Item(item.guid(), item.link(), item.title(), item.summary(), Optional.empty()) : item;
    }

    /** Items first seen long after publication (a new source's back catalogue) are kept but do not alert. */
    private boolean recentEnough(Item item, Instant now) {
        return alertMaxAge.isEmpty() || item.published().map(p -> !p.isBefore(now.minus(alertMaxAge.get())))
                .orElse(true);
    }
}
