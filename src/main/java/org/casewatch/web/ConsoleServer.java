package org.casewatch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.model.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The staff console's HTTP server (Javalin on Jetty): every request passes the security headers, the
 * {@link SessionFilter} and the {@link CsrfFilter}, then one page or form class. Start it on a host and port; close
 * it to stop.
 */
public final class ConsoleServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServer.class);

    private final Javalin javalin;
    private final ExecutorService mail;
    private final String baseUrl;

    private ConsoleServer(Javalin javalin, ExecutorService mail, String baseUrl) {
        this.javalin = javalin;
        this.mail = mail;
        this.baseUrl = baseUrl;
    }

    /** Starts the console; port 0 picks a free port. */
    public static ConsoleServer start(Console console, WebSettings.Listen listen) {
        Optional<URI> configured = console.config().settings().web().baseUrl();
        ExecutorService mail = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "console-mail");
            t.setDaemon(true);
            return t;
        });
        // The base URL is known before binding unless it depends on a port picked at start: then routes read it late.
        String[] base = {configured.map(URI::toString).orElse("")};
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = listen.host();
            config.jetty.port = listen.port();
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.http.maxRequestSize = 64 * 1024;
            routes(config, console, mail, base, configured.map(u -> u.getScheme().equals("https")).orElse(false));
        });
        javalin.start();
        if (base[0].isEmpty()) {
            String host = listen.host().contains(":") ? "[" + listen.host() + "]" : listen.host();
            base[0] = "http://" + host + ":" + javalin.port();
        }
        LOG.info("console_started listen={}:{} base_url={}", listen.host(), javalin.port(), base[0]);
        return new ConsoleServer(javalin, mail, base[0]);
    }

    private static void routes(io.javalin.config.JavalinConfig config, Console console, ExecutorService mail,
                               String[] base, boolean https) {
        Cookies cookies = new Cookies(https);
        Dates dates = new Dates(console.config().settings().zone());
        SecurityHeaders headers = new SecurityHeaders(https);
        SessionFilter sessions = new SessionFilter(console, cookies);
        LateCsrf csrf = new LateCsrf(base, cookies);
        LoginPage login = new LoginPage(console, new LateBase(base), mail);
        SignInLinkPage link = new SignInLinkPage(console, cookies);
        SessionsPage sessionsPage = new SessionsPage(console, cookies, dates);
        TodayPage today = new TodayPage(console, dates);
        PersonPage person = new PersonPage(console, dates, today);
        ReviewPage review = new ReviewPage(console, dates, today);
        ReviewActions reviewActions = new ReviewActions(console);
        SubscriptionsPage subscriptions = new SubscriptionsPage(console);
        SubscriptionForm subscriptionForm = new SubscriptionForm(console);
        HearingsPage hearings = new HearingsPage(console, dates, new LateBase(base));
        CalendarFeed calendar = new CalendarFeed(console, dates);
        SourcesPage sources = new SourcesPage(console, dates);
        HealthEndpoint health = new HealthEndpoint(console);
        MetricsEndpoint metrics = new MetricsEndpoint(console);
        var r = config.routes;
        r.before(headers::handle);
        r.before(sessions::handle);
        r.before(csrf::handle);
        r.get("/static/console.css", ConsoleServer::stylesheet);
        r.get("/login", login::show);
        r.post("/login", login::request);
        r.get("/login/{token}", link::show);
        r.post("/login/{token}", link::signIn);
        r.post("/logout", sessionsPage::logout);
        r.get("/sessions", sessionsPage::show);
        r.post("/sessions/{id}/end", sessionsPage::end);
        r.get("/", today::show);
        r.get("/persons/{id}", person::show);
        r.post("/persons/{id}/follow", person::follow);
        r.post("/persons/{id}/unfollow", person::unfollow);
        r.get("/review", review::show);
        r.post("/review/hearings/{id}/confirm", reviewActions::confirm);
        r.post("/review/hearings/{id}/correct", reviewActions::correct);
        r.post("/review/hearings/{id}/reject", reviewActions::reject);
        r.post("/review/mentions/{id}/withdraw", reviewActions::withdraw);
        r.post("/review/mentions/{id}/keep", reviewActions::keep);
        r.get("/subscriptions", subscriptions::show);
        r.post("/subscriptions", subscriptionForm::save);
        r.post("/subscriptions/reset", subscriptionForm::reset);
        r.get("/hearings", hearings::show);
        r.post("/hearings/calendar", hearings::newCalendar);
        r.post("/hearings/calendar/revoke", hearings::revokeCalendar);
        r.get("/calendar/{file}", calendar::serve);
        r.get("/sources", sources::show);
        r.get("/healthz", health::serve);
        r.get("/metrics", metrics::serve);
        r.exception(Refusal.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("console_failed path={} error=\"{}\"", ctx.path(), e.toString(), e);
            refuse(ctx, 500, "Something went wrong. It has been logged.");
        });
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Endpoint " + ctx.method() + " "
                    + ctx.path() + " not found")) {
                refuse(ctx, 404, "Not found.");
            }
        });
    }

    private static void refuse(Context ctx, int status, String message) {
        ctx.status(status);
        Frame frame = Requests.frame(ctx, "casewatch", "");
        Pages.render(ctx, "message", frame, "heading", frame.t().get(status == 404 ? "Not found" : "Not possible"),
                "text", frame.t().get(message), "signInLink", status == 410);
    }

    private static void stylesheet(Context ctx) {
        try (InputStream in = ConsoleServer.class.getResourceAsStream("console.css")) {
            ctx.contentType("text/css; charset=utf-8").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return javalin.port();
    }

    /** The address people open: {@code web.base_url}, or http:// and the address listened on. */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        javalin.stop();
        mail.shutdown();
        try {
            mail.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("console_stopped");
    }

    /** The base URL, read when a request needs it (after the server knows its port). */
    static final class LateBase implements java.util.function.Supplier<String> {
        private final String[] base;

        LateBase(String[] base) {
            this.base = base;
        }

        @Override
        public String get() {
            return base[0];
        }
    }

    /** The CSRF filter, made at the first request, once the console's origin is known. */
    private static final class LateCsrf {
        private final String[] base;
        private final Cookies cookies;
        private volatile CsrfFilter filter;

        LateCsrf(String[] base, Cookies cookies) {
            this.base = base;
            this.cookies = cookies;
        }

        void handle(Context ctx) {
            if (filter == null) {
                URI uri = URI.create(base[0]);
                filter = new CsrfFilter(uri.getScheme() + "://" + uri.getRawAuthority(), cookies);
            }
            filter.handle(ctx);
        }
    }
}
