package org.casewatch.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.casewatch.app.Console;
import org.casewatch.model.Source;
import org.casewatch.store.Counters;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

/**
 * {@code GET /metrics} in Prometheus text format (Micrometer): polls, failures and 304s per source, items, mentions,
 * alerts, emails sent / retried / rejected, outbox depth and the age of its oldest message, cycles and the last
 * cycle's duration. The figures are read from the database at each scrape, so they are the daemon's even when the
 * console runs in another process. Answers loopback only, unless a bearer token is configured
 * ({@code web.metrics_token_env}), which it then requires from everyone.
 */
final class MetricsEndpoint {

    private final Console console;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicReference<Counters> last = new AtomicReference<>();

    MetricsEndpoint(Console console) {
        this.console = console;
        for (Source s : console.config().sources()) {
            perSource("casewatch.source.polls", "polls of the source", s.id(), c -> c.polls());
            perSource("casewatch.source.failures", "failed polls of the source", s.id(), c -> c.failures());
            perSource("casewatch.source.not.modified", "polls answered 304 Not Modified", s.id(), c -> c.notModified());
        }
        counter("casewatch.items", "items stored", Counters::items);
        counter("casewatch.mentions", "mentions of watched persons stored", Counters::mentions);
        counter("casewatch.alerts", "alerts queued (one per story and recipient)", Counters::alerts);
        counter("casewatch.emails.sent", "emails the transport accepted", Counters::emailsSent);
        counter("casewatch.emails.retried", "failed delivery attempts tried again", Counters::emailsRetried);
        counter("casewatch.emails.rejected", "emails refused for good", Counters::emailsRejected);
        counter("casewatch.cycles", "cycles run", Counters::cycles);
        gauge("casewatch.outbox.depth", "messages waiting in the outbox", Counters::outboxDepth);
        gauge("casewatch.outbox.oldest.age.seconds", "age of the oldest waiting message",
                c -> c.oldestWaiting().map(at -> Duration.between(at, console.clock().instant()).toMillis() / 1000.0)
                        .orElse(0.0));
        gauge("casewatch.cycle.duration.seconds", "duration of the last cycle",
                c -> c.lastCycleDuration().toMillis() / 1000.0);
        gauge("casewatch.cycle.last.timestamp.seconds", "when the last cycle ended (epoch seconds)",
                c -> c.lastCycleAt().map(Instant::getEpochSecond).orElse(0L));
    }

    void serve(Context ctx) {
        Optional<String> token = console.metricsToken();
        String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        boolean allowed = token.isPresent() ? Tokens.same(auth, "Bearer " + token.get()) : Requests.fromLoopback(ctx);
        if (!allowed) {
            throw new Refusal(token.isPresent() ? 401 : 403, "Not available here.");
        }
        last.set(console.counters().read());
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
        ctx.result(registry.scrape());
    }

    private Counters now() {
        Counters c = last.get();
        return c != null ? c : console.counters().read();
    }

    private void perSource(String name, String help, String sourceId, ToDoubleFunction<Counters.SourceCounts> f) {
        FunctionCounter.builder(name, this, m -> {
            Counters.SourceCounts c = m.now().sources().get(sourceId);
            return c == null ? 0 : f.applyAsDouble(c);
        }).description(help).tag("source", sourceId).register(registry);
    }

    private void counter(String name, String help, ToDoubleFunction<Counters> f) {
        FunctionCounter.builder(name, this, m -> f.applyAsDouble(m.now())).description(help).register(registry);
    }

    private void gauge(String name, String help, ToDoubleFunction<Counters> f) {
        Gauge.builder(name, this, m -> f.applyAsDouble(m.now())).description(help).register(registry);
    }
}
