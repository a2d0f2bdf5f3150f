package org.casewatch.web;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.casewatch.model.HearingKind;
import org.casewatch.model.StoredHearing;
import org.casewatch.notify.HearingCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a case officer does in the console, in a real headless Chromium 360 px wide: sign in with the link from the
 * outbox, follow a person, confirm a hearing, take back a mention, subscribe a calendar; every page in English and
 * Russian is saved as a screenshot under target/screenshots, and hostile titles and snippets stay inert.
 */
class ConsoleBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

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

    @AfterAll
    static void quit() {
        browser.close();
    }

    private void signIn(String email) {
        int before = cw.signIns(email).size();
        browser.open(cw.baseUrl() + "/login");
        browser.find("#email").sendKeys(email);
        browser.find("form[action='/login'] button").click();
        String link = cw.signInLink(email, before);
        browser.open(link);
        browser.find("#sign-in").click();
        browser.waitForUrl(cw.baseUrl() + "/");
    }

    @Test
    void signingInWithTheLinkFromTheOutbox() {
        browser.open(cw.baseUrl() + "/");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(cw.baseUrl() + "/login");
        signIn("aliya@example.org");
        assertThat(browser.find("header").getText()).contains("Aliya", "Today", "Review");
        assertThat(browser.mainText()).contains("Appeal hearing set for Aidos Temirkhanov",
                "matched «Aidos Temirkhanov» by rule: full name").doesNotContain("Tokmurzin");
        browser.find("form.logout button").click();
        browser.waitForUrl(cw.baseUrl() + "/login");
        browser.open(cw.baseUrl() + "/review");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(cw.baseUrl() + "/login");
    }

    @Test
    void followingAPersonBringsTheirNextAlert() {
        assertThat(cw.mailsTo("aliya@example.org")).extracting(ConsoleFixture.Mail::subject)
                .noneMatch(s -> s.contains("Tokmurzin"));
        signIn("aliya@example.org");
        browser.open(cw.baseUrl() + "/persons/tokmurzin");
        assertThat(browser.mainText()).contains("You do not follow this person.", "in pre-trial detention");
        browser.find("#follow").click();
        browser.waitForText("You follow this person.");

        cw.clock.advance(java.time.Duration.ofHours(2));
        cw.publish("k-2", "Yerlan Tokmurzin begins a hunger strike", "Yerlan Tokmurzin refused food on Monday.");
        cw.cycle();
        assertThat(cw.mailsTo("aliya@example.org")).extracting(ConsoleFixture.Mail::subject)
                .contains("casewatch: Yerlan Tokmurzin in Steppe Herald");
        ConsoleFixture.Mail alert = cw.mailsTo("aliya@example.org").stream()
                .filter(m -> m.subject().contains("Tokmurzin")).reduce((a, b) -> b).orElseThrow();
        assertThat(alert.text()).contains("Yerlan Tokmurzin begins a hunger strike");
    }

    @Test
    void confirmingAFoundHearingShowsWhoConfirmedItInTheNextReminder() {
        signIn("aliya@example.org");
        browser.open(cw.baseUrl() + "/review");
        assertThat(browser.mainText()).contains("Thu 14 Mar 2030 · appeal · Aidos Temirkhanov",
                "The appeal hearing of Aidos Temirkhanov is scheduled for 14 March 2030");
        browser.find("button.confirm").click();
        browser.waitForText("Nothing to review.");
        browser.open(cw.baseUrl() + "/persons/temirkhanov");
        assertThat(browser.mainText()).contains("confirmed by Aliya");

        cw.clock.set("2030-03-07T08:30", ConsoleFixture.ALMATY);
        cw.cycle();
        ConsoleFixture.Mail reminder = cw.mailsTo("aliya@example.org").stream()
                .filter(m -> m.subject().contains("hearing on 14 Mar 2030")).findFirst().orElseThrow();
        assertThat(reminder.text()).contains("Status: confirmed by Aliya");
        assertThat(reminder.raw()).contains("STATUS:CONFIRMED");
    }

    @Test
    void rejectingAMentionTakesItOutOfTheDigest() {
        cw.publish("k-3", "Tokmurzin's lawyer files a complaint", "The complaint concerns the conditions of detention.");
        cw.cycle();
        java.time.Instant digestAt = LocalDateTime.parse("2030-03-05T09:00").atZone(ConsoleFixture.ALMATY).toInstant();
        assertThat(cw.digest("marat@example.org", digestAt)).contains("Tokmurzin's lawyer files a complaint",
                "Yerlan Tokmurzin moved to another cell");

        signIn("marat@example.org");
        browser.open(cw.baseUrl() + "/review");
        assertThat(browser.find("h1").getText()).isEqualTo("Проверка");
        var item = browser.driver().findElements(By.cssSelector("li.item")).stream()
                .filter(e -> e.getText().contains("Tokmurzin's lawyer")).findFirst().orElseThrow();
        item.findElement(By.cssSelector("input[name=never]")).click();
        item.findElement(By.cssSelector("button.danger")).click();
        browser.waitForText("Проверять нечего.");
        assertThat(browser.mainText()).doesNotContain("Tokmurzin's lawyer");

        String digest = cw.digest("marat@example.org", digestAt);
        assertThat(digest).contains("Yerlan Tokmurzin moved to another cell")
                .doesNotContain("Tokmurzin's lawyer files a complaint");
        // Never again, from the next cycle: the same written form in a new item is no mention of him.
        cw.clock.advance(java.time.Duration.ofHours(1));
        cw.publish("k-4", "Tokmurzin's lawyer speaks to reporters", "Reporters met the lawyer.");
        cw.cycle();
        assertThat(cw.console().mentions().ofPerson("tokmurzin", 100)).extracting(m -> m.title())
                .doesNotContain("Tokmurzin's lawyer speaks to reporters");
        browser.open(cw.baseUrl() + "/persons/tokmurzin");
        assertThat(browser.mainText()).contains("не этот человек (marat@example.org)");
    }

    @Test
    void subscribingACalendarShowsTheEvent() throws Exception {
        signIn("aliya@example.org");
        browser.open(cw.baseUrl() + "/hearings");
        browser.find("#new-calendar").click();
        browser.waitForText("Calendar address");
        String address = browser.find("#calendar-address").getAttribute("value");
        assertThat(address).matches(Pattern.quote(cw.baseUrl()) + "/calendar/[A-Za-z0-9_-]{43}\\.ics");
        HttpResponse<String> feed = get(address);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        ICalendar calendar = Biweekly.parse(feed.body()).first();
        VEvent event = calendar.getEvents().get(0);
        StoredHearing hearing = cw.console().hearings().between(LocalDate.of(2030, 3, 14), LocalDate.of(2030, 3, 14)).get(0);
        assertThat(hearing.kind()).isEqualTo(HearingKind.APPEAL);
        assertThat(event.getUid().getValue()).isEqualTo(HearingCalendar.uid(hearing))
                .isEqualTo("hearing-temirkhanov-2030-03-14-appeal@casewatch");
        assertThat(event.getSummary().getValue()).isEqualTo("Aidos Temirkhanov: appeal hearing");
        assertThat(calendar.getEvents()).hasSize(1);

        browser.open(cw.baseUrl() + "/hearings");
        assertThat(browser.driver().findElements(By.id("calendar-address"))).as("shown once only").isEmpty();
        browser.find("form[action='/hearings/calendar/revoke'] button").click();
        browser.waitForText("A private calendar address");
        assertThat(get(address).statusCode()).isEqualTo(404);
    }

    @Test
    void everyPageInBothLanguages() throws Exception {
        for (String[] who : new String[][]{{"aliya@example.org", "en"}, {"marat@example.org", "ru"}}) {
            browser.driver().manage().deleteAllCookies();
            browser.open(cw.baseUrl() + "/login?lang=" + who[1]);
            browser.screenshot(who[1] + "-login");
            browser.find("#email").sendKeys(who[0]);
            int before = cw.signIns(who[0]).size();
            browser.find("form[action='/login'] button").click();
            browser.waitForText(who[1].equals("en") ? "sign-in link is on its way" : "отправлена ссылка");
            browser.screenshot(who[1] + "-login-sent");
            browser.open(cw.signInLink(who[0], before) + "?lang=" + who[1]);
            browser.screenshot(who[1] + "-signin");
            browser.find("#sign-in").click();
            browser.waitForUrl(cw.baseUrl() + "/");
            // Pages are in her language once she is signed in.
            for (String page : List.of("/", "/persons/tokmurzin", "/persons/temirkhanov", "/review", "/hearings",
                    "/subscriptions", "/sources", "/sessions")) {
                browser.open(cw.baseUrl() + page);
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(who[1]);
                // At 360 px nothing is wider than the screen: no sideways scrolling of the page.
                assertThat(browser.find("body").getSize().getWidth()).isLessThanOrEqualTo(360);
                browser.screenshot(who[1] + "-" + (page.equals("/") ? "today" : page.substring(1).replace('/', '-')));
            }
            browser.find("form.logout button").click();
            browser.waitForUrl(cw.baseUrl() + "/login");
        }
        try (Stream<Path> shots = Files.list(Browser.SCREENSHOTS)) {
            assertThat(shots.filter(p -> p.getFileName().toString().matches("(en|ru)-.*\\.png")).count())
                    .isGreaterThanOrEqualTo(22);
        }
        browser.open(cw.baseUrl() + "/login");
        assertThat(browser.find("h1").getText()).isEqualTo("Sign in");
    }

    @Test
    void hostileTitlesAndSnippetsRenderInert() {
        List<String> hostile = new ArrayList<>(List.of(
                "<script>alert('title')</script>",
                "<img src=\"http://127.0.0.1:9/x.png\" onerror=\"alert('img')\">",
                "<a href=\"javascript:alert('link')\" onclick=\"alert('click')\">click</a>",
                "<iframe src=\"javascript:alert('frame')\"></iframe>",
                "\"><svg onload=alert('svg')>",
                "<style>body{background:url(http://127.0.0.1:9/bg)}</style>"));
        // The kinds of markup a sanitizer must stop, written for this test (the suite reads nothing outside it).
        hostile.addAll(List.of(
                "<object data=\"http://127.0.0.1:9/x.swf\"></object>",
                "<embed src=\"http://127.0.0.1:9/x.swf\">",
                "<form action=\"javascript:alert('form')\"><button>go</button></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('meta')\">",
                "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/x.css\">",
                "<body onload=\"alert('body')\">",
                "<div style=\"background:url(javascript:alert('style'))\">x</div>",
                "<math><a xlink:href=\"javascript:alert('math')\">m</a></math>",
                "<base href=\"http://127.0.0.1:9/\">",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<a href=\"&#106;avascript:alert('entity')\">e</a>",
                "<scr<script>ipt>alert('nested')</script>"));
        int n = 0;
        for (String h : hostile) {
            cw.publishRaw("h-" + n, h + " Aidos Temirkhanov " + h, n % 2 == 0 ? "javascript:alert('item')"
                    : "https://herald.example/h-" + n, h + " Aidos Temirkhanov said. " + h);
            n++;
        }
        cw.cycle();
        // The parse stage already reduces feed markup to text; the pages must hold even if it did not.
        String raw = "<script>alert('raw')</script><img src=x onerror=alert('raw')> Aidos Temirkhanov";
        try (var db = org.casewatch.store.SqliteDatabase.open(home.resolve("var/casewatch.db"))) {
            var item = new org.casewatch.model.Item("raw-1", "javascript:alert('raw')", raw, raw,
                    java.util.Optional.of(cw.clock.instant()));
            int at = raw.indexOf("Aidos");
            var mention = new org.casewatch.model.Mention("temirkhanov", "Aidos Temirkhanov", at, raw.length(), raw, at,
                    raw.length(), 0.98, "full name");
            new org.casewatch.store.ItemRepository(db).save(new org.casewatch.store.NewItem("herald", "raw-1", "raw-1",
                    item), item, List.of(mention), List.of(), List.of(), cw.clock.instant());
        }
        signIn("aliya@example.org");
        for (String page : List.of("/", "/persons/temirkhanov", "/review")) {
            browser.open(cw.baseUrl() + page);
            assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(browser.driver().findElements(By.cssSelector("script, img, iframe, object, embed, svg, style, "
                    + "[onerror], [onload], [onclick], [onmouseover], a[href^='javascript'], a[href^='data']")))
                    .as(page).isEmpty();
        }
        browser.open(cw.baseUrl() + "/");
        assertThat(browser.mainText()).contains(raw);
        assertThat(browser.driver().findElements(By.cssSelector("li.item"))).hasSizeGreaterThanOrEqualTo(7);
        browser.screenshot("en-hostile-today");
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
