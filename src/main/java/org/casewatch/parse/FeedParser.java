package org.casewatch.parse;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.casewatch.model.Item;
import org.jsoup.nodes.Document;
import org.jsoup.select.NodeTraversor;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * Reads RSS 0.9x, 1.0, 2.0 and Atom 0.3, 1.0. Rome reads the feed strictly first (well-formed XML, a format it
 * knows); when it refuses, a lenient second reading with jsoup's XML parser takes the items it can, and the
 * result says so. Either way the entries' fields are taken by {@link FeedEntries}, so a feed reads the same
 * however broken it is. Never lenient about safety: a DOCTYPE is never loaded (one that only names an external
 * DTD, as old RSS 0.91 feeds name Netscape's, is removed unread), a feed that declares its own entities,
 * where entity bombs and XXE live, is refused by both readings, and so is one nested absurdly deep.
 */
public final class FeedParser {

    private static final String NOT_A_FEED = "not a readable RSS or Atom feed: ";
    /**
     * Deepest nesting read. Real feeds nest a few dozen levels at most (XHTML content included), while Rome's
     * strict reading slows down with the square of the depth: a 2 MB body nested 200,000 deep kept it busy for
     * 75 s (measured 2026-11-30). jsoup stops nesting at 512 itself, so one level more means "too deep".
     */
    private static final int DEEPEST = 512;

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
        // One tree serves both readings: for a well-formed feed the lenient parser builds the same tree.
        Document tree = LenientXml.parse(text, baseUrl);
        if (depth(tree) > DEEPEST) {
            return new ParseResult.Unparseable("feed nests elements more than " + DEEPEST + " deep; refused, as no"
                    + " feed does that and reading it strictly would cost minutes");
        }
        Optional<String> strictError = strictError(text);
        Optional<List<Item>> items = FeedEntries.read(tree, baseUrl);
        if (items.isEmpty()) {
            return new ParseResult.Unparseable(NOT_A_FEED + strictError.orElse("no RSS, RDF or Atom root element"));
        }
        return strictError.<ParseResult>map(why -> new ParseResult.ReadLeniently(items.get(), why))
                .orElseGet(() -> new ParseResult.Parsed(items.get()));
    }

    /** How deep the tree's elements nest, in one pass. */
    private static int depth(Document tree) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), tree);
        return deepest[0];
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
