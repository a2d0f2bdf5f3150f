package org.casewatch.parse;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.casewatch.model.Item;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads RSS 0.9x, 1.0, 2.0 and Atom with Rome. Rome keeps refusing DOCTYPEs; a DOCTYPE that only names an
 * external DTD (as old RSS 0.91 feeds name Netscape's) is removed unread before parsing, and one with an
 * internal subset, where entity bombs and XXE live, makes the feed unparseable.
 */
public final class FeedParser {

    private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile("<!DOCTYPE[^\\[>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERNAL_SUBSET = Pattern.compile("<!DOCTYPE[^>]*\\[", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^/\\s]+.*");

    public ParseResult parse(byte[] body, Optional<String> contentType, String baseUrl) {
        String text = TextDecoder.decode(body, contentType);
        if (hasDoctype(text)) {
            if (INTERNAL_SUBSET.matcher(text).find()) {
                return new ParseResult.Unparseable("feed declares its own DTD entities; refused to guard against"
                        + " XXE and entity expansion");
            }
            text = EXTERNAL_DOCTYPE.matcher(text).replaceFirst("");
        }
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(true);
        SyndFeed feed;
        try {
            feed = input.build(new StringReader(text));
        } catch (FeedException | IllegalArgumentException e) {
            return new ParseResult.Unparseable("not a readable RSS or Atom feed: " + firstLine(e.getMessage()));
        }
        String base = linkBase(feed, baseUrl);
        List<Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(item(entry, base));
        }
        return new ParseResult.Parsed(items);
    }

    /** Whether a DOCTYPE appears anywhere (most feeds have none, and then neither pattern need scan them). */
    private static boolean hasDoctype(String text) {
        for (int at = text.indexOf("<!"); at >= 0; at = text.indexOf("<!", at + 2)) {
            if (text.regionMatches(true, at, "<!DOCTYPE", 0, 9)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Atom resolves relative links against the document's address (RFC 4287 via xml:base, RFC 3986); RSS says
     * nothing, and sites mean their own address, so an RSS channel's absolute http(s) link is the base.
     */
    private static String linkBase(SyndFeed feed, String documentUrl) {
        String site = feed.getLink();
        boolean rss = feed.getFeedType() != null && feed.getFeedType().startsWith("rss");
        if (rss && site != null && WEB_ADDRESS.matcher(site).matches()) {
            return site.strip();
        }
        return documentUrl;
    }

    private static Item item(SyndEntry entry, String baseUrl) {
        String link = Links.resolve(baseUrl, entry.getLink());
        String title = HtmlText.of(entry.getTitle());
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Optional<Instant> published = Optional.ofNullable(date).map(Date::toInstant);
        return new Item(guid(entry), link, title, summary(entry), published);
    }

    /** The feed's own identifier (RSS guid, Atom id), not a link Rome put in its place. */
    private static String guid(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        if (wire instanceof com.rometools.rome.feed.rss.Item rss) {
            return rss.getGuid() == null || rss.getGuid().getValue() == null ? "" : rss.getGuid().getValue().strip();
        }
        if (wire instanceof Entry atom) {
            return atom.getId() == null ? "" : atom.getId().strip();
        }
        return entry.getUri() == null ? "" : entry.getUri().strip();
    }

    /** Full content when the feed carries it, otherwise the description, as plain text. */
    private static String summary(SyndEntry entry) {
        String content = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                .findFirst().map(HtmlText::of).orElse("");
        if (!content.isEmpty()) {
            return content;
        }
        return entry.getDescription() == null ? "" : HtmlText.of(entry.getDescription().getValue());
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse("unknown error");
    }
}
