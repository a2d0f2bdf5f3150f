package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.model.SourceHealth;
import org.casewatch.store.Counters;

import java.util.Optional;

/**
 * {@code GET /healthz}: 200 with the last cycle's time, the outbox depth and the node that answers, as JSON; 503 if
 * the database fails. To those who may read {@code /metrics} (this machine, or the metrics token), it also lists each
 * source with the node that polled it last: which sources an organisation watches is not for everyone who can reach
 * the health check.
 */
final class HealthEndpoint {

    private final Console console;

    HealthEndpoint(Console console) {
        this.console = console;
    }

    void serve(Context ctx) {
        ctx.contentType("application/json");
        try {
            Counters c = console.counters().read();
            StringBuilder json = new StringBuilder();
            // Only numbers, ISO-8601 instants and escaped text go in.
            json.append("{\"status\":\"ok\",\"node\":").append(string(console.nodeName()))
                    .append(",\"last_cycle_at\":").append(c.lastCycleAt().map(at -> "\"" + at + "\"").orElse("null"))
                    .append(",\"last_cycle_seconds\":").append(c.lastCycleDuration().toMillis() / 1000.0)
                    .append(",\"outbox_depth\":").append(c.outboxDepth());
            if (mayListSources(ctx)) {
                json.append(",\"sources\":[");
                String comma = "";
                for (SourceHealth h : console.sourceStates().health()) {
                    json.append(comma).append("{\"id\":").append(string(h.sourceId())).append(",\"polled_by\":")
                            .append(h.polledBy().map(HealthEndpoint::string).orElse("null")).append(",\"last_poll_at\":")
                            .append(h.lastPollAt().map(at -> "\"" + at + "\"").orElse("null")).append('}');
                    comma = ",";
                }
                json.append(']');
            }
            ctx.result(json.append('}').toString());
        } catch (RuntimeException e) {
            ctx.status(503).result("{\"status\":\"database unavailable\",\"node\":" + string(console.nodeName()) + "}");
        }
    }

    private boolean mayListSources(Context ctx) {
        Optional<String> token = console.metricsToken();
        String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        return token.isPresent() ? Tokens.same(auth, "Bearer " + token.get())
                : Requests.fromLoopback(ctx);
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(ch < 0x20 || ch == 0x2028 || ch == 0x2029 ? "\\u%04x".formatted((int) ch)
                        : String.valueOf(ch));
            }
        }
        return out.append('"').toString();
    }
}
