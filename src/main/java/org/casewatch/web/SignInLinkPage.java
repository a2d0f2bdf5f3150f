package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.app.Roster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Optional;

/**
 * {@code GET/POST /login/<token>}: opening the link only shows "Sign in as ..." (mail scanners open every link in a
 * message before the person does, and must not use it up); the button POSTs, which uses the link once and starts a
 * new session: any session the browser had is ended (rotation), and the new token is made now.
 */
final class SignInLinkPage {

    private static final Logger LOG = LoggerFactory.getLogger(SignInLinkPage.class);

    private final Console console;
    private final Cookies cookies;

    SignInLinkPage(Console console, Cookies cookies) {
        this.console = console;
        this.cookies = cookies;
    }

    void show(Context ctx) {
        String token = ctx.pathParam("token");
        Optional<Roster.Entry> staff = Tokens.wellFormed(token)
                ? console.signIns().peek(Tokens.hash(token), console.clock().instant()).flatMap(console.roster()::find)
                : Optional.empty();
        if (staff.isEmpty()) {
            throw new Refusal(410, "This sign-in link has expired or was already used. Ask for a new one.");
        }
        Pages.render(ctx, "signin", Requests.frame(ctx, "Sign in", ""), "name", staff.get().effective().name(),
                "email", staff.get().effective().email(), "token", token);
    }

    void signIn(Context ctx) {
        String token = ctx.pathParam("token");
        Instant now = console.clock().instant();
        Optional<Roster.Entry> staff = Tokens.wellFormed(token)
                ? console.signIns().consume(Tokens.hash(token), now).flatMap(console.roster()::find) : Optional.empty();
        if (staff.isEmpty()) {
            throw new Refusal(410, "This sign-in link has expired or was already used. Ask for a new one.");
        }
        String old = ctx.cookie(cookies.session());
        if (Tokens.wellFormed(old)) {
            console.sessions().endByHash(Tokens.hash(old), now);
        }
        String session = Tokens.random();
        long id = console.sessions().start(Tokens.hash(session), staff.get().effective().email(), Requests.client(ctx),
                Requests.userAgent(ctx), now);
        cookies.setSession(ctx, session, SessionFilter.ABSOLUTE);
        LOG.info("signed_in staff={} session_id={} client={}", staff.get().effective().email(), id, Requests.client(ctx));
        ctx.redirect("/");
    }
}
