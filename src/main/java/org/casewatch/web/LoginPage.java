package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.app.Roster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * {@code GET/POST /login}: asks for a one-time sign-in link by email. Only staff in {@code subscribers.yaml} get
 * one, but the page answers the same for any address, and the link is sent in the background so that the answer
 * takes as long either way. At most 3 requests per address and 10 per client in 15 minutes.
 */
final class LoginPage {

    static final Duration LINK_VALID = Duration.ofMinutes(15);
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ADDRESS = 3;
    static final int PER_CLIENT = 10;
    private static final Logger LOG = LoggerFactory.getLogger(LoginPage.class);

    private final Console console;
    private final java.util.function.Supplier<String> baseUrl;
    private final ExecutorService mail;

    LoginPage(Console console, java.util.function.Supplier<String> baseUrl, ExecutorService mail) {
        this.console = console;
        this.baseUrl = baseUrl;
        this.mail = mail;
    }

    void show(Context ctx) {
        if (Requests.signedIn(ctx).isPresent()) {
            ctx.redirect("/");
            return;
        }
        Pages.render(ctx, "login", Requests.frame(ctx, "Sign in", ""), "sent", false, "problem", "");
    }

    void request(Context ctx) {
        String email = Requests.form(ctx, "email").toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+")) {
            ctx.status(400);
            Pages.render(ctx, "login", Requests.frame(ctx, "Sign in", ""), "sent", false, "problem",
                    "That is not an email address.");
            return;
        }
        Instant now = console.clock().instant();
        String client = "client:" + Requests.client(ctx);
        String address = "address:" + Tokens.hash(email);
        var signIns = console.signIns();
        if (signIns.attemptsSince(client, now.minus(WINDOW)) >= PER_CLIENT) {
            LOG.warn("signin_rate_limited client={}", Requests.client(ctx));
            throw new Refusal(429, "Too many sign-in requests from here. Try again in a quarter of an hour.");
        }
        boolean allowed = signIns.attemptsSince(address, now.minus(WINDOW)) < PER_ADDRESS;
        signIns.recordAttempt(now, now.minus(Duration.ofDays(1)), client, address);
        Optional<Roster.Entry> staff = console.roster().find(email);
        if (staff.isPresent() && allowed) {
            String token = Tokens.random();
            var s = staff.get().effective();
            mail.submit(() -> {
                try {
                    console.sendSignInLink(s.email(), s.name(), s.language(), Tokens.hash(token),
                            baseUrl.get() + "/login/" + token, LINK_VALID);
                } catch (RuntimeException e) {
                    LOG.error("signin_link_failed staff={} error=\"{}\"", s.email(), e.toString(), e);
                }
            });
            LOG.info("signin_link_sent staff={}", s.email());
        } else {
            // The address may be anyone's: only its hash is logged.
            LOG.info("signin_link_withheld address_hash={} reason={}", address.substring(8, 20),
                    staff.isEmpty() ? "not_staff" : "rate_limited");
        }
        Pages.render(ctx, "login", Requests.frame(ctx, "Sign in", ""), "sent", true, "problem", "");
    }
}
