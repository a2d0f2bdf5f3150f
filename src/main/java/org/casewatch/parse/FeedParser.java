package org.casewatch.parse;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.casewatch.model.Item;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * Reads RSS 0.9x, 1.0, 2.0 and Atom 0.3, 1.0. Rome reads the feed strictly first (well-formed XML, a format it
 * knows); when it refuses, a lenient second reading with jsoup's XML parser takes the items it can, and the
 * result says so. Either way the entries' fields are taken by {@link FeedEntries}, so a feed reads the same
 * however broken it is. Never lenient about safety: a DOCTYPE is never loaded (one that only names an external
 * DTD, as old RSS 0.91 feeds name Netscape's, is removed unread), and a feed that declares its own entities,
 * where entity bombs and XXE live, is refused by both readings.
 */
public final class FeedParser {

    private static final String NOT_A_FEED = "not a readable RSS or Atom feed: ";

    public ParseResult parse(byte[] body, Optional<String> contentType, String baseUrl) {
        String text = TextDecoder.decode(body, contentType);
        Optional<Doctypes.Doctype> doctype = Doctypes.inProlog(text);
        if (doctype.map(Doctypes.Doctype::internalSubset).orElse(false) || Doctypes.declaresEntities(text)) {
            return new ParseResult.Unparseable("feed declares its own DTD entities; refused to guard against"
                    + " XXE and entity expansion");
        }
        if (doctype.isPresent()) {
            text = text.substring(0, doctype.get().start()) + text.substring(doctype.get().end());
        }
        Optional<String> strictError = strictError(text);
        if (strictError.isEmpty()) {
            Optional<List<Item>> items = FeedEntries.read(Jsoup.parse(text, baseUrl, Parser.xmlParser()), baseUrl);
            return items.<ParseResult>map(ParseResult.Parsed::new)
                    .orElseGet(() -> new ParseResult.Unparseable(NOT_A_FEED + "no RSS or Atom root element"));
        }
        return FeedEntries.read(LenientXml.parse(text, baseUrl), baseUrl)
                .<ParseResult>map(items -> new ParseResult.ReadLeniently(items, strictError.get()))
                .orElseGet(() -> new ParseResult.Unparseable(NOT_A_FEED + strictError.get()));
    }

    /** Why Rome refuses the document as a feed, or empty when it reads it. */
    private static Optional<String> strictError(String text) {
        SyndFeedInput input = new SyndFeedInput();
        try {
            input.build(new StringReader(text));
            return Optional.empty();
        } catch (FeedException | IllegalArgumentException e) {
            return Optional.of(firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse("unknown error");
    }
}
