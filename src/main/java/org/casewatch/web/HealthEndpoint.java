package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.store.Counters;

/** {@code GET /healthz}: 200 with the last cycle's time and the outbox depth as JSON; 503 if the database fails. */
final class HealthEndpoint {

    private final Console console;

    HealthEndpoint(Console console) {
        this.console = console;
    }

    void serve(Context ctx) {
        ctx.contentType("application/json");
        try {
            Counters c = console.counters().read();
            // Only numbers and ISO-8601 instants go in: nothing here needs escaping.
            ctx.result("{\"status\":\"ok\",\"last_cycle_at\":" + c.lastCycleAt().map(at -> "\"" + at + "\"").orElse("null")
                    + ",\"last_cycle_seconds\":" + c.lastCycleDuration().toMillis() / 1000.0
                    + ",\"outbox_depth\":" + c.outboxDepth() + "}");
        } catch (RuntimeException e) {
            ctx.status(503).result("{\"status\":\"database unavailable\"}");
        }
    }
}
