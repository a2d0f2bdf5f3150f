package org.casewatch.pipeline;

import org.casewatch.fetch.FetchRequest;
import org.casewatch.fetch.FetchResult;
import org.casewatch.fetch.Fetcher;
import org.casewatch.model.Item;
import org.casewatch.model.Source;
import org.casewatch.parse.ArticleExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Optional;

/**
 * Adds an item's article text for sources whose feeds carry only headlines. A failed article fetch keeps
 * the item as the feed gave it: the item still counts, it is just matched on less text.
 */
public final class ArticleReader {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);

    private final Fetcher fetcher;
    private final ArticleExtractor extractor;

    public ArticleReader(Fetcher fetcher, ArticleExtractor extractor) {
        this.fetcher = fetcher;
        this.extractor = extractor;
    }

    public Item withArticle(Source source, Item item) {
        Optional<String> selector = source.articleSelector();
        String link = item.link().toLowerCase(Locale.ROOT);
        boolean fetchable = link.startsWith("http://") || link.startsWith("https://") || link.startsWith("file:");
        if (selector.isEmpty() || !fetchable) {
            return item;
        }
        FetchResult result = fetcher.fetch(FetchRequest.plain(item.link(), source.allowPrivate()));
        if (result instanceof FetchResult.Fetched page) {
            Optional<String> text = extractor.extract(page.body(), page.contentType(), page.finalUrl(), selector.get());
            return text.map(article -> item.withSummary(merge(item.summary(), article))).orElse(item);
        }
        if (result instanceof FetchResult.Failed failed) {
            LOG.warn("article_fetch_failed source_id={} link={} error=\"{}\"", source.id(), item.link(), failed.reason());
        }
        return item;
    }

    /** The feed's summary stays when the article does not already contain it (extraction may miss a lead). */
    private static String merge(String summary, String article) {
        if (summary.isBlank() || article.contains(summary.strip())) {
            return article;
        }
        return summary + "\n\n" + article;
    }
}
