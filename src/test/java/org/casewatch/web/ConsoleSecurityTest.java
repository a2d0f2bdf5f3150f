package org.casewatch.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's security rules against the real server and database: CSRF, the one-time link, sessions, isolation
 * between staff members, the same answer for unknown addresses, security headers, and who may read /metrics.
 */
class ConsoleSecurityTest {

    @TempDir
    Path home;

    private ConsoleFixture cw;

    @BeforeEach
    void start() {
        cw = ConsoleFixture.withTwoStories(home);
    }

    @AfterEach
    void stop() {
        cw.close();
    }

    /** Signs in through the real link and returns the signed-in client. */
    private WebClient signIn(String email) {
        WebClient c = new WebClient(cw.baseUrl());
        int before = cw.signIns(email).size();
        HttpResponse<String> form = c.get("/login");
        c.post("/login", "csrf", WebClient.csrf(form), "email", email);
        String link = cw.signInLink(email, before);
        HttpResponse<String> confirm = c.get(link);
        HttpResponse<String> done = c.post(link, "csrf", WebClient.csrf(confirm));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        return c;
    }

    @Test
    void noPostWithoutTheCsrfTokenSucceeds() {
        WebClient aliya = signIn("aliya@example.org");
        String token = WebClient.csrf(aliya.get("/"));
        long hearing = cw.console().reviews().unconfirmed(List.of("temirkhanov"), java.time.LocalDate.of(2030, 3, 1))
                .get(0).id();
        List<String> posts = List.of("/persons/tokmurzin/follow", "/persons/temirkhanov/unfollow", "/subscriptions",
                "/subscriptions/reset", "/review/hearings/" + hearing + "/confirm", "/review/hearings/" + hearing
                        + "/reject", "/hearings/calendar", "/hearings/calendar/revoke", "/sessions/1/end", "/logout");
        for (String path : posts) {
            assertThat(aliya.post(path).statusCode()).as("no token: " + path).isEqualTo(403);
            assertThat(aliya.post(path, "csrf", "x" + token.substring(1)).statusCode()).as("wrong token: " + path)
                    .isEqualTo(403);
        }
        // The right token from another site's page is refused too, by its origin or by the browser's fetch metadata.
        assertThat(aliya.origin("https://evil.example").post("/persons/tokmurzin/follow", "csrf", token).statusCode())
                .isEqualTo(403);
        aliya.header("Sec-Fetch-Site", "cross-site");
        assertThat(aliya.origin(null).post("/persons/tokmurzin/follow", "csrf", token).statusCode()).isEqualTo(403);
        aliya.header("Sec-Fetch-Site", null);
        assertThat(cw.console().preferences().find("aliya@example.org").isEmpty()).isTrue();
        assertThat(cw.console().reviews().find(hearing).orElseThrow().confirmedBy()).isEmpty();
        // And the same request with the token and from the console works.
        assertThat(aliya.origin(cw.baseUrl()).post("/persons/tokmurzin/follow", "csrf", token).statusCode())
                .isEqualTo(302);
        assertThat(cw.console().roster().find("aliya@example.org").orElseThrow().effective().follows().personIds())
                .containsExactlyInAnyOrder("temirkhanov", "tokmurzin");
        // Before sign-in, the sign-in forms need their token too.
        WebClient stranger = new WebClient(cw.baseUrl());
        assertThat(stranger.post("/login", "email", "aliya@example.org").statusCode()).isEqualTo(403);
    }

    @Test
    void aLinkWorksOnceAndNotAfterFifteenMinutesAndOpeningItDoesNotUseItUp() {
        WebClient c = new WebClient(cw.baseUrl());
        c.post("/login", "csrf", WebClient.csrf(c.get("/login")), "email", "aliya@example.org");
        String link = cw.signInLink("aliya@example.org", 0);
        // A mail scanner opens it, twice: nothing is used up.
        assertThat(new WebClient(cw.baseUrl()).get(link).statusCode()).isEqualTo(200);
        HttpResponse<String> page = c.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sign in as Aliya (aliya@example.org)?");
        HttpResponse<String> in = c.post(link, "csrf", WebClient.csrf(page));
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(c.get("/").statusCode()).isEqualTo(200);
        // Used once: a second press, from anywhere, is refused.
        WebClient other = new WebClient(cw.baseUrl());
        HttpResponse<String> again = other.post(link, "csrf", WebClient.csrf(other.get("/login")));
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(c.get(link).statusCode()).isEqualTo(410);

        WebClient late = new WebClient(cw.baseUrl());
        late.post("/login", "csrf", WebClient.csrf(late.get("/login")), "email", "aliya@example.org");
        String second = cw.signInLink("aliya@example.org", 1);
        cw.clock.advance(Duration.ofMinutes(15));
        assertThat(late.get(second).statusCode()).isEqualTo(410);
        assertThat(late.post(second, "csrf", late.cookies.values().iterator().next()).statusCode()).isEqualTo(410);
        assertThat(late.get("/").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void sessionsAreRotatedFlaggedAndEndAfterTwelveIdleHoursOrSevenDays() {
        WebClient c = signIn("aliya@example.org");
        String first = c.cookies.get("casewatch");
        // Signing in again in the same browser ends the old session and starts a new one.
        int before = cw.signIns("aliya@example.org").size();
        c.post("/login", "csrf", WebClient.csrf(c.get("/")), "email", "aliya@example.org");
        WebClient fresh = new WebClient(cw.baseUrl());
        String link = cw.signInLink("aliya@example.org", before);
        HttpResponse<String> confirm = c.get(link);
        HttpResponse<String> in = c.post(link, "csrf", WebClient.csrf(confirm));
        assertThat(in.headers().allValues("Set-Cookie")).anySatisfy(h -> assertThat(h)
                .contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=604800").doesNotContain("Domain"));
        assertThat(c.cookies.get("casewatch")).isNotEqualTo(first);
        fresh.cookies.put("casewatch", first);
        assertThat(fresh.get("/").statusCode()).as("the old session is over").isEqualTo(302);

        cw.clock.advance(Duration.ofHours(11));
        assertThat(c.get("/").statusCode()).isEqualTo(200);
        cw.clock.advance(Duration.ofHours(11));
        assertThat(c.get("/").statusCode()).as("used 11 hours ago").isEqualTo(200);
        cw.clock.advance(Duration.ofHours(12));
        assertThat(c.get("/").statusCode()).as("idle for 12 hours").isEqualTo(302);

        WebClient weekly = signIn("aliya@example.org");
        for (int day = 0; day < 6; day++) {
            cw.clock.advance(Duration.ofHours(11));
            assertThat(weekly.get("/").statusCode()).isEqualTo(200);
            cw.clock.advance(Duration.ofHours(11));
            assertThat(weekly.get("/").statusCode()).isEqualTo(200);
        }
        cw.clock.advance(Duration.ofHours(36));
        assertThat(weekly.get("/").statusCode()).as("seven days after sign-in").isEqualTo(302);
    }

    @Test
    void oneStaffMemberCannotReadOrChangeAnothersSettingsOrSessions() {
        WebClient aliya = signIn("aliya@example.org");
        WebClient marat = signIn("marat@example.org");
        long maratSession = cw.console().sessions().active("marat@example.org", ConsoleFixture.START).get(0).id();
        String token = WebClient.csrf(aliya.get("/"));
        assertThat(aliya.post("/sessions/" + maratSession + "/end", "csrf", token).statusCode()).isEqualTo(404);
        assertThat(marat.get("/").statusCode()).isEqualTo(200);
        assertThat(aliya.get("/sessions").body()).doesNotContain("session-" + maratSession);
        // Her own subscriptions form changes her settings only; nothing in it names another member.
        HttpResponse<String> page = aliya.get("/subscriptions");
        assertThat(page.body()).doesNotContain("marat@example.org");
        aliya.post("/subscriptions", "csrf", token, "alerts", "off", "language", "ru", "person", "tokmurzin",
                "email", "marat@example.org");
        assertThat(cw.console().preferences().find("marat@example.org").isEmpty()).isTrue();
        assertThat(cw.console().roster().find("aliya@example.org").orElseThrow().effective().alerts().name())
                .isEqualTo("OFF");
        // A hearing of a person she does not follow is not hers to review.
        long tokmurzin = cw.console().hearings().between(java.time.LocalDate.of(2030, 1, 1),
                java.time.LocalDate.of(2031, 1, 1)).stream().filter(h -> h.personId().equals("temirkhanov"))
                .findFirst().orElseThrow().id();
        String maratToken = WebClient.csrf(marat.get("/"));
        assertThat(marat.post("/review/hearings/" + tokmurzin + "/reject", "csrf", maratToken).statusCode()).isEqualTo(404);
        // A CSRF token of one session does not work for another.
        assertThat(marat.post("/subscriptions/reset", "csrf", token).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() {
        WebClient c = new WebClient(cw.baseUrl());
        String token = WebClient.csrf(c.get("/login"));
        HttpResponse<String> known = c.post("/login", "csrf", token, "email", "aliya@example.org");
        cw.signInLink("aliya@example.org", 0);
        int mails = cw.mails().size();
        HttpResponse<String> unknown = c.post("/login", "csrf", token, "email", "nobody@example.org");
        assertThat(unknown.statusCode()).isEqualTo(known.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).isEqualTo(known.body());
        // The known address's mail is written in the background; give the unknown one the same chance, then count.
        cw.signIns("aliya@example.org");
        assertThat(cw.mails()).hasSize(mails);
        assertThat(cw.mailsTo("nobody@example.org")).isEmpty();

        // Per address: three links in 15 minutes, the fourth request gets the same answer and no email.
        c.post("/login", "csrf", token, "email", "aliya@example.org");
        cw.signInLink("aliya@example.org", 1);
        c.post("/login", "csrf", token, "email", "aliya@example.org");
        cw.signInLink("aliya@example.org", 2);
        HttpResponse<String> fourth = c.post("/login", "csrf", token, "email", "aliya@example.org");
        assertThat(fourth.body()).isEqualTo(known.body());
        cw.clock.advance(Duration.ofMinutes(1));
        new WebClient(cw.baseUrl()).get("/login");
        assertThat(cw.signIns("aliya@example.org")).hasSize(3);
        // Per client: ten requests in 15 minutes, then 429 whatever the address.
        for (int i = 0; i < 6; i++) {
            c.post("/login", "csrf", token, "email", "someone" + i + "@example.org");
        }
        assertThat(c.post("/login", "csrf", token, "email", "marat@example.org").statusCode()).isEqualTo(429);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        WebClient aliya = signIn("aliya@example.org");
        for (String path : List.of("/", "/login", "/review", "/hearings", "/subscriptions", "/sources", "/sessions",
                "/persons/temirkhanov", "/healthz", "/no-such-page")) {
            HttpResponse<String> r = aliya.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.POLICY);
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(SecurityHeaders.POLICY).contains("frame-ancestors 'none'").doesNotContain("script-src");
        }
        assertThat(aliya.get("/no-such-page").statusCode()).isEqualTo(404);
    }

    @Test
    void healthzAndMetricsReportTheLastCycleAndMetricsAnswerLoopbackOnly() {
        HttpResponse<String> health = new WebClient(cw.baseUrl()).get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"last_cycle_at\":\"" + ConsoleFixture.START + "\"", "\"outbox_depth\":0");
        assertThat(health.body()).as("this machine may see which node polled each source last")
                .containsPattern("\"node\":\"[^\"]+\"").contains("{\"id\":\"herald\",\"polled_by\":");
        assertThat(new WebClient(cw.baseUrl()).get("/healthz", "X-Forwarded-For", "203.0.113.9").body())
                .as("a client through a proxy sees no source names").doesNotContain("herald").contains("\"status\":\"ok\"");
        HttpResponse<String> metrics = new WebClient(cw.baseUrl()).get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("casewatch_source_polls_total{source=\"herald\"} 1.0",
                "casewatch_source_failures_total{source=\"herald\"} 0.0", "casewatch_items_total 2.0",
                "casewatch_emails_sent_total", "casewatch_outbox_depth 0.0", "casewatch_cycle_duration_seconds");
        // Through a proxy on this machine, the request is someone else's: refused.
        assertThat(new WebClient(cw.baseUrl()).get("/metrics", "X-Forwarded-For", "203.0.113.9").statusCode())
                .isEqualTo(403);
    }

    @Test
    void withAMetricsTokenMetricsAnswerOnlyThoseWhoSendIt(@TempDir Path other) {
        try (ConsoleFixture withToken = new ConsoleFixture(other, Map.of("CASEWATCH_METRICS_TOKEN", "s3cret-t0ken"))) {
            WebClient c = new WebClient(withToken.baseUrl());
            assertThat(c.get("/metrics").statusCode()).as("loopback, but no token").isEqualTo(401);
            assertThat(c.get("/metrics", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
            HttpResponse<String> ok = c.get("/metrics", "Authorization", "Bearer s3cret-t0ken");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("casewatch_outbox_depth");
        }
    }
}
