package org.casewatch.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.casewatch.app.Console;
import org.casewatch.app.Roster;
import org.casewatch.store.SessionRepository;
import org.casewatch.store.WebSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds the signed-in staff member of every request from her session cookie, the session from the database by the
 * token's hash. A session ends after 12 hours unused or 7 days after sign-in, and when its owner is no longer in
 * {@code subscribers.yaml}. Pages other than sign-in, health, metrics and calendars need a session: a GET without
 * one is sent to the sign-in page, anything else refused.
 */
final class SessionFilter {

    static final Duration IDLE = Duration.ofHours(12);
    static final Duration ABSOLUTE = Duration.ofDays(7);
    /** Last-seen times are written at most this often, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(SessionFilter.class);

    private final Console console;
    private final Cookies cookies;

    SessionFilter(Console console, Cookies cookies) {
        this.console = console;
        this.cookies = cookies;
    }

    void handle(Context ctx) {
        String raw = ctx.cookie(cookies.session());
        if (raw != null && Tokens.wellFormed(raw)) {
            find(ctx, raw).ifPresent(s -> ctx.attribute(Requests.SIGNED_IN, s));
        }
        if (isPublic(ctx.path()) || Requests.signedIn(ctx).isPresent()) {
            return;
        }
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
            ctx.redirect("/login");
            ctx.skipRemainingHandlers();
            return;
        }
        throw new Refusal(403, "Please sign in.");
    }

    private Optional<SignedIn> find(Context ctx, String raw) {
        SessionRepository sessions = console.sessions();
        String hash = Tokens.hash(raw);
        Optional<WebSession> found = sessions.find(hash);
        if (found.isEmpty()) {
            cookies.clearSession(ctx);
            return Optional.empty();
        }
        WebSession s = found.get();
        Instant now = console.clock().instant();
        Optional<Roster.Entry> staff = console.roster().find(s.email());
        boolean expired = !now.isBefore(s.createdAt().plus(ABSOLUTE)) || !now.isBefore(s.lastSeenAt().plus(IDLE));
        if (expired || staff.isEmpty()) {
            sessions.endByHash(hash, now);
            cookies.clearSession(ctx);
            LOG.info("session_ended staff={} session_id={} reason={}", s.email(), s.id(),
                    expired ? "expired" : "not_in_roster");
            return Optional.empty();
        }
        if (!now.isBefore(s.lastSeenAt().plus(TOUCH_EVERY))) {
            sessions.touch(s.id(), now);
        }
        return Optional.of(new SignedIn(s, staff.get(), Tokens.csrfOf(raw)));
    }

    static boolean isPublic(String path) {
        return path.equals("/login") || path.startsWith("/login/") || path.equals("/healthz") || path.equals("/metrics")
                || path.startsWith("/calendar/") || path.startsWith("/static/");
    }
}
