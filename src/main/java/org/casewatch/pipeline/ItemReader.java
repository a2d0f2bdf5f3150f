package org.casewatch.pipeline;

import org.casewatch.fetch.FetchRequest;
import org.casewatch.fetch.FetchResult;
import org.casewatch.fetch.Fetcher;
import org.casewatch.model.Source;
import org.casewatch.parse.FeedParser;
import org.casewatch.parse.PageParser;
import org.casewatch.parse.ParseResult;
import org.casewatch.store.SourceState;

import java.util.Optional;
import java.util.function.Function;

/** Fetches a source and parses what came back: the fetch and parse stages joined, nothing stored. */
public final class ItemReader {

    private final Fetcher fetcher;
    private final FeedParser feeds;
    private final PageParser pages;

    public ItemReader(Fetcher fetcher, FeedParser feeds, PageParser pages) {
        this.fetcher = fetcher;
        this.feeds = feeds;
        this.pages = pages;
    }

    public SourceRead read(Source source, SourceState state) {
        FetchRequest request = new FetchRequest(source.url(), state.etag(), state.lastModified(), source.allowPrivate());
        return read(request, body -> switch (source.kind()) {
            case FEED -> feeds.parse(body.body(), body.contentType(), body.finalUrl());
            case PAGE -> pages.parse(body.body(), body.contentType(), body.finalUrl(), source.page().orElseThrow());
        });
    }

    /** Reads a feed given only its address, as {@code casewatch parse} does. */
    public SourceRead readFeed(String url) {
        return read(FetchRequest.plain(url, true), body -> feeds.parse(body.body(), body.contentType(), body.finalUrl()));
    }

    private SourceRead read(FetchRequest request, Function<FetchResult.Fetched, ParseResult> parser) {
        FetchResult fetched = fetcher.fetch(request);
        if (fetched instanceof FetchResult.NotModified) {
            return new SourceRead.Unchanged();
        }
        if (fetched instanceof FetchResult.Failed failed) {
            return new SourceRead.Failure(failed.reason(), failed.status(), failed.retryAfter());
        }
        FetchResult.Fetched body = (FetchResult.Fetched) fetched;
        ParseResult parsed = parser.apply(body);
        if (parsed instanceof ParseResult.Unparseable u) {
            return new SourceRead.Failure(u.reason(), 0, Optional.empty());
        }
        if (parsed instanceof ParseResult.ReadLeniently lenient) {
            return new SourceRead.Items(lenient.items(), body.etag(), body.lastModified(),
                    Optional.of(lenient.strictError()));
        }
        return new SourceRead.Items(((ParseResult.Parsed) parsed).items(), body.etag(), body.lastModified(),
                Optional.empty());
    }
}
