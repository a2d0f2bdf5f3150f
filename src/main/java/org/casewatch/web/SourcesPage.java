package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.model.Source;
import org.casewatch.model.SourceHealth;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /sources}: each source's health, as {@code casewatch sources} prints it. */
public final class SourcesPage {

    /** One source's row. */
    public record Row(String id, String name, String kind, String state, boolean failing, String lastSuccess,
                      int failures, String nextPoll, String lastError) {
    }

    private final Console console;
    private final Dates dates;

    SourcesPage(Console console, Dates dates) {
        this.console = console;
        this.dates = dates;
    }

    void show(Context ctx) {
        Requests.staff(ctx);
        Texts t = Requests.texts(ctx);
        Map<String, SourceHealth> health = console.sourceStates().health().stream()
                .collect(Collectors.toMap(SourceHealth::sourceId, Function.identity()));
        List<Row> rows = console.config().sources().stream().map(s -> row(s, Optional.ofNullable(health.get(s.id())), t))
                .toList();
        long failing = rows.stream().filter(Row::failing).count();
        Pages.render(ctx, "sources", Requests.frame(ctx, "Sources", "sources"), "rows", rows, "failing", failing,
                "zone", dates.zone().getId());
    }

    private Row row(Source s, Optional<SourceHealth> h, Texts t) {
        int failures = h.map(SourceHealth::consecutiveFailures).orElse(0);
        Optional<String> lenient = h.flatMap(SourceHealth::lenientError);
        String state = !s.enabled() ? "disabled" : h.isEmpty() ? "new" : failures > 0 ? "failing"
                : lenient.isPresent() ? "lenient" : "ok";
        // As `casewatch sources`: a source read leniently works; the last column says why it needed to be.
        String note = h.flatMap(SourceHealth::lastError)
                .or(() -> lenient.map(e -> t.format("read leniently: %s", e))).orElse("");
        return new Row(s.id(), s.name(), s.kind().label(), t.get(state), s.enabled() && failures > 0,
                h.flatMap(SourceHealth::lastSuccessAt).map(at -> dates.dateTime(at, t)).orElse(t.get("never")), failures,
                h.flatMap(SourceHealth::nextPollAt).map(at -> dates.dateTime(at, t)).orElse(""), note);
    }
}
