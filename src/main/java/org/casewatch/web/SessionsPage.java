package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;

/** {@code /sessions}: the staff member's own sessions, with a button that ends any of them; and sign-out. */
public final class SessionsPage {

    /** One session as listed. */
    public record Row(long id, String started, String lastSeen, String client, String userAgent, boolean current) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SessionsPage.class);

    private final Console console;
    private final Cookies cookies;
    private final Dates dates;

    SessionsPage(Console console, Cookies cookies, Dates dates) {
        this.console = console;
        this.cookies = cookies;
        this.dates = dates;
    }

    void show(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        Texts t = Requests.texts(ctx);
        Instant now = console.clock().instant();
        List<Row> rows = console.sessions().active(me.email(), now.minus(SessionFilter.IDLE)).stream()
                .filter(s -> now.isBefore(s.createdAt().plus(SessionFilter.ABSOLUTE)))
                .map(s -> new Row(s.id(), dates.dateTime(s.createdAt(), t), dates.dateTime(s.lastSeenAt(), t), s.client(),
                        s.userAgent(), s.id() == me.session().id())).toList();
        Pages.render(ctx, "sessions", Requests.frame(ctx, "Sessions", "sessions"), "rows", rows);
    }

    void end(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        long id = Requests.id(ctx, "id");
        // Only her own: the repository ends a session only when the address matches.
        if (!console.sessions().end(id, me.email(), console.clock().instant())) {
            throw new Refusal(404, "Not found.");
        }
        LOG.info("session_ended staff={} session_id={} reason=ended_by_staff", me.email(), id);
        if (id == me.session().id()) {
            cookies.clearSession(ctx);
            ctx.redirect("/login");
        } else {
            ctx.redirect("/sessions");
        }
    }

    void logout(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        console.sessions().end(me.session().id(), me.email(), console.clock().instant());
        cookies.clearSession(ctx);
        LOG.info("signed_out staff={} session_id={}", me.email(), me.session().id());
        ctx.redirect("/login");
    }
}
