package org.casewatch.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves {@code /feed/N} on many loopback addresses at one port, answering each request after a fixed delay
 * without holding a thread for it. Every feed is at one version, whose number is its ETag; a request that
 * already has it gets a 304, and {@link #publish} moves every feed to a new version. A lean server on
 * purpose: WireMock, matching every request against a thousand stubs, took a third as much CPU as casewatch on
 * the same two cores and so measured itself as much as casewatch.
 */
final class FeedServer implements AutoCloseable {

    /** The feeds to serve: source number and version to RSS. */
    @FunctionalInterface
    interface Feeds {
        byte[] feed(int source, int version);
    }

    private final List<HttpServer> servers = new ArrayList<>();
    private final ScheduledExecutorService delays = Executors.newScheduledThreadPool(2);
    private final Feeds feeds;
    private volatile int version = 1;
    private final int delayMs;
    private final AtomicInteger served = new AtomicInteger();

    /** Binds 127.0.0.1 .. 127.0.0.{@code hosts} (only loopback) on one free port. */
    FeedServer(int hosts, int delayMs, Feeds feeds) throws IOException {
        this.feeds = feeds;
        this.delayMs = delayMs;
        int port = 0;
        for (int h = 1; h <= hosts; h++) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0." + h, port), 256);
            port = server.getAddress().getPort();
            server.createContext("/feed/", this::answerLater);
            server.setExecutor(delays);
            server.start();
            servers.add(server);
        }
    }

    int port() {
        return servers.get(0).getAddress().getPort();
    }

    /** From now on every feed is at {@code version}, with new content and a new ETag. */
    void publish(int version) {
        this.version = version;
    }

    int served() {
        return served.get();
    }

    private void answerLater(HttpExchange exchange) {
        delays.schedule(() -> answer(exchange), delayMs, TimeUnit.MILLISECONDS);
    }

    private void answer(HttpExchange exchange) {
        try (exchange) {
            served.incrementAndGet();
            int current = version;
            String etag = "\"v" + current + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            byte[] body = feeds.feed(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)), current);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("feed server: " + e);
        }
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        delays.shutdownNow();
    }
}
