package org.casewatch.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Serves {@code GET /feed/N} over HTTP/1.1 on many loopback addresses at one port, answering each request after
 * a fixed delay, from one thread and one selector. Every feed is at one version, whose number is its ETag; a
 * request that already has it gets a 304, and {@link #publish} moves every feed to a new version.
 * <p>
 * Deliberately small: the harness measures casewatch on a two-core machine, so the server must cost as little
 * CPU as a server on another machine would. WireMock, matching every request against a thousand stubs, took a
 * third as much CPU as casewatch; the JDK's HTTP server, one per address with a thread each, a sixth.
 */
final class FeedServer implements AutoCloseable {

    /** The feeds to serve: source number and version to RSS. */
    @FunctionalInterface
    interface Feeds {
        byte[] feed(int source, int version);
    }

    /** A response due at a moment, on a connection. */
    private record Due(long atNanos, SocketChannel channel, ByteBuffer response) {
    }

    private final Selector selector;
    private final List<ServerSocketChannel> listeners = new ArrayList<>();
    private final PriorityQueue<Due> due = new PriorityQueue<>((a, b) -> Long.compare(a.atNanos(), b.atNanos()));
    private final Feeds feeds;
    private final long delayNanos;
    private final AtomicInteger served = new AtomicInteger();
    private final IntConsumer onRequest;
    private final Thread loop;
    private volatile int version = 1;
    private volatile boolean running = true;

    /** Binds 127.0.0.1 .. 127.0.0.{@code hosts} (only loopback) on one free port. */
    FeedServer(int hosts, int delayMs, Feeds feeds) throws IOException {
        this(hosts, delayMs, feeds, source -> { });
    }

    /** As above, telling {@code onRequest} the source number of every request for a feed (200 or 304 alike). */
    FeedServer(int hosts, int delayMs, Feeds feeds, IntConsumer onRequest) throws IOException {
        this.feeds = feeds;
        this.onRequest = onRequest;
        this.delayNanos = delayMs * 1_000_000L;
        this.selector = Selector.open();
        int port = 0;
        for (int h = 1; h <= hosts; h++) {
            ServerSocketChannel listener = ServerSocketChannel.open();
            listener.bind(new InetSocketAddress("127.0.0." + h, port), 512);
            port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
            listeners.add(listener);
        }
        this.loop = new Thread(this::run, "feed-server");
        loop.setDaemon(true);
        loop.start();
    }

    int port() throws IOException {
        return ((InetSocketAddress) listeners.get(0).getLocalAddress()).getPort();
    }

    /** From now on every feed is at {@code version}, with new content and a new ETag. */
    void publish(int version) {
        this.version = version;
    }

    int served() {
        return served.get();
    }

    private void run() {
        try {
            while (running) {
                Due next = due.peek();
                long wait = next == null ? 0 : Math.max(1, (next.atNanos() - System.nanoTime()) / 1_000_000);
                if (next == null || next.atNanos() > System.nanoTime()) {
                    selector.select(wait);
                }
                for (Iterator<SelectionKey> keys = selector.selectedKeys().iterator(); keys.hasNext(); ) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    handle(key);
                }
                while (!due.isEmpty() && due.peek().atNanos() <= System.nanoTime()) {
                    Due answer = due.poll();
                    write(answer.channel(), answer.response());
                }
            }
        } catch (IOException e) {
            System.err.println("feed server stopped: " + e);
        }
    }

    private void handle(SelectionKey key) {
        try {
            if (!key.isValid()) {
                return;
            }
            if (key.isAcceptable()) {
                SocketChannel channel = ((ServerSocketChannel) key.channel()).accept();
                if (channel != null) {
                    channel.configureBlocking(false);
                    channel.register(selector, SelectionKey.OP_READ, ByteBuffer.allocate(8192));
                }
            } else if (key.isReadable()) {
                read(key);
            } else if (key.isWritable()) {
                write((SocketChannel) key.channel(), (ByteBuffer) key.attachment());
            }
        } catch (IOException e) {
            close(key.channel());
        }
    }

    /** Reads until a whole request head has arrived, then schedules its answer. */
    private void read(SelectionKey key) throws IOException {
        SocketChannel channel = (SocketChannel) key.channel();
        ByteBuffer in = (ByteBuffer) key.attachment();
        if (channel.read(in) < 0) {
            close(channel);
            return;
        }
        String head = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        in.clear();
        due.add(new Due(System.nanoTime() + delayNanos, channel, answer(head.substring(0, end))));
    }

    private ByteBuffer answer(String head) {
        served.incrementAndGet();
        int current = version;
        String etag = "\"v" + current + "\"";
        String path = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
        if (path.startsWith("/feed/")) {
            onRequest.accept(Integer.parseInt(path.substring("/feed/".length())));
        }
        boolean unchanged = head.lines().anyMatch(l -> l.regionMatches(true, 0, "If-None-Match:", 0, 14)
                && l.substring(14).strip().equals(etag));
        if (unchanged) {
            return ByteBuffer.wrap(("HTTP/1.1 304 Not Modified\r\nETag: " + etag + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] body = path.startsWith("/feed/")
                ? feeds.feed(Integer.parseInt(path.substring("/feed/".length())), current) : null;
        if (body == null) {
            return ByteBuffer.wrap("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] headers = ("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; charset=utf-8\r\nETag: " + etag
                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return ByteBuffer.allocate(headers.length + body.length).put(headers).put(body).flip();
    }

    /** Writes what the socket takes now; the rest when it is writable again, then waits for the next request. */
    private void write(SocketChannel channel, ByteBuffer response) {
        try {
            channel.write(response);
            SelectionKey key = channel.keyFor(selector);
            if (key == null || !key.isValid()) {
                return;
            }
            if (response.hasRemaining()) {
                key.attach(response);
                key.interestOps(SelectionKey.OP_WRITE);
            } else {
                key.attach(ByteBuffer.allocate(8192));
                key.interestOps(SelectionKey.OP_READ);
            }
        } catch (IOException e) {
            close(channel);
        }
    }

    private static void close(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        running = false;
        selector.wakeup();
        loop.join(2000);
        for (ServerSocketChannel listener : listeners) {
            listener.close();
        }
        selector.close();
    }
}
