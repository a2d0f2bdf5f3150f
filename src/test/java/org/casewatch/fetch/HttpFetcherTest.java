package org.casewatch.fetch;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.casewatch.model.HttpSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class HttpFetcherTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    // Timeouts generous enough for a slow machine (or a JVM under libfaketime): only /slow is meant to hit them.
    private static final HttpSettings SETTINGS = new HttpSettings("casewatch-test", Duration.ofSeconds(3),
            Duration.ofSeconds(3), Duration.ofSeconds(6), 64 * 1024, 4, 2, Duration.ZERO, 3);

    private final HttpFetcher fetcher = new HttpFetcher(SETTINGS, CLOCK);

    private String url(String path) {
        return server.baseUrl() + path;
    }

    private FetchResult fetch(String path) {
        return fetcher.fetch(FetchRequest.plain(url(path), true));
    }

    @Test
    void returnsTheBodyAndItsValidators() {
        server.stubFor(get("/rss").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/rss+xml")
                .withHeader("ETag", "\"v1\"").withHeader("Last-Modified", "Mon, 23 Nov 2026 09:00:00 GMT")
                .withBody("<rss/>")));
        assertThat(fetch("/rss")).isInstanceOfSatisfying(FetchResult.Fetched.class, f -> {
            assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
            assertThat(f.etag()).contains("\"v1\"");
            assertThat(f.lastModified()).contains("Mon, 23 Nov 2026 09:00:00 GMT");
            assertThat(f.contentType()).contains("application/rss+xml");
        });
        server.verify(getRequestedFor(urlEqualTo("/rss")).withHeader("User-Agent", equalTo("casewatch-test"))
                .withHeader("If-None-Match", absent()));
    }

    @Test
    void sendsValidatorsAndUnderstandsNotModified() {
        server.stubFor(get("/rss").withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));
        FetchRequest request = new FetchRequest(url("/rss"), Optional.of("\"v1\""),
                Optional.of("Mon, 23 Nov 2026 09:00:00 GMT"), true);
        assertThat(fetcher.fetch(request)).isInstanceOf(FetchResult.NotModified.class);
        server.verify(getRequestedFor(urlEqualTo("/rss"))
                .withHeader("If-Modified-Since", equalTo("Mon, 23 Nov 2026 09:00:00 GMT")));
    }

    @Test
    void anHttpErrorIsAValueWithItsStatus() {
        server.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));
        server.stubFor(get("/broken").willReturn(aResponse().withStatus(500)));
        assertThat(fetch("/gone")).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.status()).isEqualTo(404);
            assertThat(f.reason()).startsWith("HTTP 404");
        });
        assertThat(fetch("/broken")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.status()).isEqualTo(500));
    }

    @Test
    void retryAfterInSecondsOrAsADateIsKept() {
        server.stubFor(get("/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        server.stubFor(get("/down").willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "Mon, 23 Nov 2026 11:00:00 GMT")));
        assertThat(fetch("/busy")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.retryAfter()).contains(Duration.ofSeconds(120)));
        assertThat(fetch("/down")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.retryAfter()).contains(Duration.ofHours(1)));
    }

    @Test
    void aSlowServerTimesOut() {
        server.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(8_000).withBody("late")));
        assertThat(fetch("/slow")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).contains("timed out"));
    }

    @Test
    void anOversizedBodyIsRefused() {
        server.stubFor(get("/big").willReturn(aResponse().withStatus(200).withBody("x".repeat(65 * 1024))));
        assertThat(fetch("/big")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("response larger than 65536 bytes"));
    }

    @Test
    void aGzipBodyIsDecodedAndTheCapAppliesToTheDecodedSize() throws IOException {
        server.stubFor(get("/small.gz").willReturn(aResponse().withStatus(200).withHeader("Content-Encoding", "gzip")
                .withBody(gzip("<rss>" + "a".repeat(1000) + "</rss>"))));
        server.stubFor(get("/bomb.gz").willReturn(aResponse().withStatus(200).withHeader("Content-Encoding", "gzip")
                .withBody(gzip("0".repeat(10 * 1024 * 1024)))));
        assertThat(fetch("/small.gz")).isInstanceOfSatisfying(FetchResult.Fetched.class,
                f -> assertThat(f.body()).hasSize(1011));
        assertThat(fetch("/bomb.gz")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("response larger than"));
    }

    @Test
    void aResetConnectionIsAFailureNotAnException() {
        server.stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(fetch("/reset")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("connection failed"));
    }

    @Test
    void redirectsAreFollowedAndLoopsStopped() {
        server.stubFor(get("/old").willReturn(aResponse().withStatus(301).withHeader("Location", "/new")));
        server.stubFor(get("/new").willReturn(aResponse().withStatus(200).withBody("moved")));
        server.stubFor(get("/a").willReturn(aResponse().withStatus(302).withHeader("Location", "/b")));
        server.stubFor(get("/b").willReturn(aResponse().withStatus(302).withHeader("Location", "/a")));
        assertThat(fetch("/old")).isInstanceOfSatisfying(FetchResult.Fetched.class,
                f -> assertThat(f.finalUrl()).isEqualTo(url("/new")));
        assertThat(fetch("/a")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("redirect loop"));
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedUnlessAllowed() {
        server.stubFor(get("/hop").willReturn(aResponse().withStatus(302).withHeader("Location", url("/inside"))));
        server.stubFor(get("/inside").willReturn(aResponse().withStatus(200).withBody("internal")));
        FetchResult refused = fetcher.fetch(FetchRequest.plain(url("/hop"), false));
        assertThat(refused).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("redirect to private address localhost refused"));
        assertThat(fetch("/hop")).isInstanceOf(FetchResult.Fetched.class);
    }

    @Test
    void requestsToOneHostStartAtLeastTheDelayApartAndOtherHostsDoNotWait() {
        HttpSettings polite = new HttpSettings("casewatch-test", Duration.ofSeconds(3), Duration.ofSeconds(3),
                Duration.ofSeconds(6), 64 * 1024, 4, 2, Duration.ofSeconds(1), 3);
        HttpFetcher fetcher = new HttpFetcher(polite, CLOCK);
        server.stubFor(get(urlPathMatching("/p/.*")).willReturn(aResponse().withStatus(200).withBody("x")));
        String otherHost = url("/p/other").replace("localhost", "127.0.0.1");

        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertThat(fetcher.fetch(FetchRequest.plain(url("/p/" + i), true))).isInstanceOf(FetchResult.Fetched.class);
        }
        long sameHost = System.nanoTime() - start;
        long before = System.nanoTime();
        assertThat(fetcher.fetch(FetchRequest.plain(otherHost, true))).isInstanceOf(FetchResult.Fetched.class);
        long otherHostWait = System.nanoTime() - before;

        assertThat(Duration.ofNanos(sameHost)).as("three requests to one host: two delays")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        // Well under the one-second delay, with room for a slow machine: the other host did not wait its turn.
        assertThat(Duration.ofNanos(otherHostWait)).as("another host is not held up").isLessThan(Duration.ofMillis(700));
    }

    @Test
    void aNameThatTurnsPrivateBetweenCheckAndConnectionIsRefused() {
        // rebind.example first answers with a public documentation address (only ever checked, never connected
        // to), then with loopback, where the server would hand out "internal".
        AtomicInteger lookups = new AtomicInteger();
        HostResolver rebinding = host -> host.equals("rebind.example")
                ? List.of(InetAddress.getByAddress(host, lookups.getAndIncrement() == 0 ? new byte[]{(byte) 203, 0, 113, 7}
                : new byte[]{127, 0, 0, 1}))
                : HostResolver.SYSTEM.resolve(host);
        HttpFetcher fetcher = new HttpFetcher(SETTINGS, CLOCK, rebinding);
        server.stubFor(get("/hop").willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://rebind.example:" + server.getPort() + "/inside")));
        server.stubFor(get("/inside").willReturn(aResponse().withStatus(200).withBody("internal")));

        FetchResult result = fetcher.fetch(FetchRequest.plain(url("/hop"), false));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("redirect to private address rebind.example refused"));
        assertThat(lookups).hasValue(2);
        server.verify(0, getRequestedFor(urlEqualTo("/inside")));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
