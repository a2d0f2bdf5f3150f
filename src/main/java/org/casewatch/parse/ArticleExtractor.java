package org.casewatch.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

import java.util.Optional;

/**
 * Extracts the main text of an article page: the source's selector when it gives one, otherwise the usual
 * article containers, otherwise the element holding the most paragraph text. Navigation, scripts and
 * forms are dropped first.
 */
public final class ArticleExtractor {

    private static final String NOISE = "script, style, noscript, nav, header, footer, aside, form, iframe";
    private static final String CONTAINERS = "article, [itemprop=articleBody], main, .article-body, .entry-content,"
            + " .post-content, #content";
    private static final int MIN_TEXT = 200;

    /** Returns the text, or empty when the page holds none or the selector matches nothing. */
    public Optional<String> extract(byte[] body, Optional<String> contentType, String url, String selector) {
        Document doc = Jsoup.parse(TextDecoder.decode(body, contentType), url);
        doc.select(NOISE).remove();
        if (!selector.isBlank()) {
            try {
                Elements chosen = doc.select(selector);
                if (!chosen.isEmpty()) {
                    return nonBlank(String.join("\n\n", chosen.stream().map(HtmlText::blocks).toList()));
                }
            } catch (Selector.SelectorParseException e) {
                // An invalid selector should not cost the item its text: fall back to the default extraction.
            }
        }
        for (Element container : doc.select(CONTAINERS)) {
            if (container.text().length() >= MIN_TEXT) {
                return nonBlank(HtmlText.blocks(container));
            }
        }
        Element best = null;
        int bestLength = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            int length = parent == null ? 0 : parent.select("> p").text().length();
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return nonBlank(best != null ? HtmlText.blocks(best) : doc.body().text());
    }

    private static Optional<String> nonBlank(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
