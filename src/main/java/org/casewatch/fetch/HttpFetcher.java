package org.casewatch.fetch;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.casewatch.model.HttpSettings;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches http(s) URLs with one shared OkHttp client: conditional GET, a body size cap, a per-host
 * concurrency limit and politeness delay, and redirects followed by hand so that none leads to a private address unless the
 * source allows it: each hop's host is checked before it is asked for, and connected to through
 * {@link PublicOnlyDns}, so the address checked is the address used.
 */
public final class HttpFetcher implements Fetcher {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    private final OkHttpClient client;
    /** The same client, for redirect hops of sources that may not reach private addresses. */
    private final OkHttpClient publicOnly;
    private final HostResolver resolver;
    private final HttpSettings settings;
    private final HostLimiter limiter;
    private final Clock clock;

    public HttpFetcher(HttpSettings settings, Clock clock) {
        this(settings, clock, HostResolver.SYSTEM);
    }

    public HttpFetcher(HttpSettings settings, Clock clock, HostResolver resolver) {
        // Redirects are followed in fetch() so each hop can be checked; no cache, validators live in SQLite.
        this.client = new OkHttpClient.Builder()
                .dns(resolver::resolve)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        this.publicOnly = client.newBuilder().dns(new PublicOnlyDns(resolver)).build();
        this.resolver = resolver;
        this.settings = settings;
        this.limiter = new HostLimiter(settings.perHostConcurrency(), settings.perHostDelay());
        this.clock = clock;
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        HttpUrl url = HttpUrl.parse(request.url());
        if (url == null) {
            return FetchResult.Failed.of("not an http(s) URL: " + request.url());
        }
        Set<HttpUrl> seen = new HashSet<>();
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            if (!seen.add(url)) {
                return FetchResult.Failed.of("redirect loop at " + url);
            }
            Hop result = fetchOnce(url, request, hop == 0);
            if (result.outcome() != null) {
                return result.outcome();
            }
            url = result.next();
            if (!request.allowPrivate() && PrivateAddresses.isPrivate(url.host(), resolver)) {
                return privateRefused(url.host());
            }
        }
        return FetchResult.Failed.of("more than " + settings.maxRedirects() + " redirects");
    }

    /** Either a final outcome or the next URL of a redirect. */
    private record Hop(FetchResult outcome, HttpUrl next) {
    }

    private Hop fetchOnce(HttpUrl url, FetchRequest request, boolean first) {
        Request.Builder builder = new Request.Builder().url(url)
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT);
        // Validators belong to the configured URL; after a redirect they may not apply.
        if (first) {
            request.etag().ifPresent(etag -> builder.header("If-None-Match", etag));
            request.lastModified().ifPresent(date -> builder.header("If-Modified-Since", date));
        }
        try {
            limiter.acquire(url.host());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Hop(FetchResult.Failed.of("interrupted while waiting for " + url.host()), null);
        }
        // The configured URL is the operator's choice; where a redirect leads is the site's.
        OkHttpClient hopClient = first || request.allowPrivate() ? client : publicOnly;
        try (Response response = hopClient.newCall(builder.build()).execute()) {
            return answer(url, response);
        } catch (PublicOnlyDns.Refused e) {
            return new Hop(privateRefused(url.host()), null);
        } catch (SocketTimeoutException e) {
            return new Hop(FetchResult.Failed.of("timed out: " + e.getMessage()), null);
        } catch (InterruptedIOException e) {
            return new Hop(FetchResult.Failed.of("timed out after " + settings.callTimeout().toSeconds() + "s"), null);
        } catch (UnknownHostException e) {
            return new Hop(FetchResult.Failed.of("unknown host " + url.host()), null);
        } catch (IOException e) {
            return new Hop(FetchResult.Failed.of("connection failed: " + describe(e)), null);
        } finally {
            limiter.release(url.host());
        }
    }

    private Hop answer(HttpUrl url, Response response) throws IOException {
        int code = response.code();
        if (response.isRedirect()) {
            String location = response.header("Location");
            HttpUrl next = location == null ? null : url.resolve(location);
            if (next == null) {
                return new Hop(new FetchResult.Failed("redirect without a usable Location", code, Optional.empty()), null);
            }
            return new Hop(null, next);
        }
        if (code == 304) {
            return new Hop(new FetchResult.NotModified(), null);
        }
        if (code < 200 || code > 299) {
            String reason = "HTTP " + code + (response.message().isEmpty() ? "" : " " + response.message());
            return new Hop(new FetchResult.Failed(reason, code, RetryAfter.parse(response.header("Retry-After"), clock)),
                    null);
        }
        ResponseBody body = response.body();
        if (body.contentLength() > settings.maxBodyBytes()) {
            return new Hop(tooLarge(code), null);
        }
        Optional<byte[]> bytes = readCapped(body.source());
        if (bytes.isEmpty()) {
            return new Hop(tooLarge(code), null);
        }
        return new Hop(new FetchResult.Fetched(bytes.get(), Optional.ofNullable(response.header("Content-Type")),
                Optional.ofNullable(response.header("ETag")), Optional.ofNullable(response.header("Last-Modified")),
                url.toString()), null);
    }

    private static FetchResult.Failed privateRefused(String host) {
        return FetchResult.Failed.of("redirect to private address " + host
                + " refused (set allow_private: true on the source if this is intended)");
    }

    private FetchResult.Failed tooLarge(int code) {
        return new FetchResult.Failed("response larger than " + settings.maxBodyBytes() + " bytes", code,
                Optional.empty());
    }

    /** Reads at most the cap (after transparent gzip decoding), so a huge or inflating body stops early. */
    private Optional<byte[]> readCapped(BufferedSource source) throws IOException {
        Buffer buffer = new Buffer();
        long total = 0;
        long read;
        while ((read = source.read(buffer, 64 * 1024)) != -1) {
            total += read;
            if (total > settings.maxBodyBytes()) {
                return Optional.empty();
            }
        }
        return Optional.of(buffer.readByteArray());
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
