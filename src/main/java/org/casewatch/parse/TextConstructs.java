package org.casewatch.parse;

import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The plain text of a feed element as its format says to read it. Atom says it in attributes (RFC 4287 §3.1:
 * type text, html or xhtml; §4.1.3.3: any other non-text, non-XML media type is Base64; Atom 0.3: mode escaped,
 * xml or base64); RSS says nothing, and its elements carry HTML as often as not, so they are read as HTML.
 */
final class TextConstructs {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextConstructs() {
    }

    /** How an element's content is to be read. */
    private enum Kind { TEXT, HTML, MARKUP, BASE64 }

    /** @param atom whether the element is Atom's (its namespace's, or a namespace-less one in an Atom feed) */
    static String plain(Element e, boolean atom) {
        String type = e.attr("type").strip().toLowerCase(Locale.ROOT);
        String mode = e.attr("mode").strip().toLowerCase(Locale.ROOT);
        Kind kind = kind(atom, type, mode);
        return switch (kind) {
            case TEXT -> e.children().isEmpty() ? collapse(e.wholeText()) : HtmlText.of(e.html());
            // Atom html with elements inside (a div around escaped markup, as TypePad wrote it): the text is HTML.
            case HTML -> HtmlText.of(e.children().isEmpty() || !atom ? source(e) : e.wholeText());
            case MARKUP -> HtmlText.of(e.children().isEmpty() ? e.wholeText() : e.html());
            case BASE64 -> decoded(e, type);
        };
    }

    private static Kind kind(boolean atom, String type, String mode) {
        if (mode.equals("base64")) {
            return Kind.BASE64;
        }
        if (mode.equals("escaped") || type.equals("html") || type.equals("text/html")) {
            return Kind.HTML;
        }
        if (mode.equals("xml") || type.equals("xhtml") || type.endsWith("+xml") || type.endsWith("/xml")) {
            return Kind.MARKUP;
        }
        if (type.isEmpty() || type.equals("text") || type.startsWith("text/")) {
            return atom ? Kind.TEXT : Kind.HTML;
        }
        // RFC 4287 §4.1.3.3: content of any other media type is Base64-encoded.
        return atom ? Kind.BASE64 : Kind.HTML;
    }

    /** The HTML an element carries: its markup when it has child elements (naked HTML), else its text. */
    static String source(Element e) {
        return e.children().isEmpty() ? e.wholeText() : e.html();
    }

    private static String decoded(Element e, String type) {
        String text;
        try {
            text = new String(Base64.getMimeDecoder().decode(e.wholeText().strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            // Atom 0.3 feeds mark content base64 that is not; its text is then the best there is.
            return collapse(e.wholeText());
        }
        return type.equals("text/plain") || type.equals("text") ? collapse(text) : HtmlText.of(text);
    }

    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
