package org.casewatch.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/** Plain text from HTML: tags dropped, entities decoded, whitespace collapsed. */
final class HtmlText {

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return SPACES.matcher(html.strip()).replaceAll(" ");
        }
        return Jsoup.parseBodyFragment(html).body().text();
    }

    /** Text of an element with blocks separated by blank lines, so snippets do not run paragraphs together. */
    static String blocks(Element root) {
        Elements blocks = root.select(BLOCKS);
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(blocks);
        StringBuilder out = new StringBuilder();
        for (Element block : blocks) {
            // A <p> inside a <blockquote> is already in the blockquote's text.
            if (block.parents().stream().anyMatch(chosen::contains)) {
                continue;
            }
            String text = block.text();
            if (!text.isBlank()) {
                out.append(out.length() > 0 ? "\n\n" : "").append(text);
            }
        }
        return out.length() > 0 ? out.toString() : root.text();
    }
}
