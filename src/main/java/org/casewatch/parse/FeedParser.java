package org.casewatch.parse;

import org.casewatch.model.Item;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.select.NodeTraversor;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads RSS 0.9x, 1.0, 2.0 and Atom 0.3, 1.0. A feed that is well-formed XML is read as it is; one that is not
 * is read leniently by jsoup's XML parser, which takes the items it can, and the result says so. Either way the entries' fields are taken by {@link FeedEntries}, so a feed reads the same
 * however broken it is. Never lenient about safety: a DOCTYPE is never loaded (one that only names an external
 * DTD, as old RSS 0.91 feeds name Netscape's, is removed unread), a feed that declares its own entities,
 * where entity bombs and XXE live, is refused by both readings, and so is one nested absurdly deep.
 */
public final class FeedParser {

    private static final String NOT_A_FEED = "not a readable RSS or Atom feed: ";
    /** An entity or character reference, or a bare ampersand. */
    private static final Pattern AMPERSAND = Pattern.compile("&(?:([A-Za-z][A-Za-z0-9]*);|#(?:\\d+|x[0-9A-Fa-f]+);)?");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
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

    /**
     * Why the document is not well-formed XML, or empty when it is: one streaming pass of the JDK's StAX parser,
     * with DTDs and external entities off, over the text healed as Rome healed it (bare ampersands, HTML entity
     * names). Rome built a whole feed only to say this, and doubled the CPU a thousand sources cost (measured
     * 2026-11-30 with the scale harness).
     */
    private static Optional<String> strictError(String text) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(healed(text)));
            try {
                while (reader.hasNext()) {
                    reader.next();
                }
            } finally {
                reader.close();
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            String what = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
            return Optional.of(e.getLocation() == null ? firstLine(what) : "not well-formed XML at line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ": "
                    + firstLine(what));
        } catch (RuntimeException e) {
            return Optional.of(firstLine(e.getMessage()));
        }
    }

    /** "&nbsp;" as "&#160;", a bare "&" as "&amp;": what feeds get wrong that Rome always forgave. */
    private static String healed(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = AMPERSAND.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name == null) {
                replacement = m.group().startsWith("&#") ? m.group() : "&amp;";
            } else if (XML_ENTITIES.contains(name) || !Entities.isNamedEntity(name)) {
                replacement = m.group();
            } else {
                replacement = Entities.getByName(name).codePoints().mapToObj(c -> "&#" + c + ";")
                        .collect(Collectors.joining());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse("unknown error");
    }
}
