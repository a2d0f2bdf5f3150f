package org.casewatch.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads XML that is not well-formed into a tree, the way a forgiving reader would: jsoup's XML parser takes
 * unescaped ampersands as text, decodes HTML entities such as {@code &nbsp;} that no DTD declares, ignores
 * undeclared namespace prefixes and closes what is left open. One repair comes first: a CDATA section that is
 * never closed ends where its element does, instead of swallowing the rest of the feed. Entities the document
 * declares are never expanded (jsoup reads no DTD), and such documents are refused before this anyway.
 */
final class LenientXml {

    private static final String CDATA = "<![CDATA[";
    private static final Pattern OPEN_TAG = Pattern.compile("<([A-Za-z_][\\w.:-]*)[^<>]*>");
    /** A start tag longer than this is not looked for: the section then ends where the next one starts. */
    private static final int LONGEST_TAG = 512;

    private LenientXml() {
    }

    static Document parse(String text, String address) {
        return Jsoup.parse(closeCdata(text), address, Parser.xmlParser());
    }

    /**
     * Closes each CDATA section that has no "]]>" before the next one opens, at its element's end tag. Linear in
     * the text however many sections are open: every search covers text no earlier search has, or reuses one.
     */
    static String closeCdata(String text) {
        StringBuilder out = null;
        int from = 0;
        int close = -2;
        for (int at = text.indexOf(CDATA); at >= 0; ) {
            int body = at + CDATA.length();
            if (close != -1 && close < body) {
                close = text.indexOf("]]>", body);
            }
            int next = text.indexOf(CDATA, body);
            int limit = next < 0 ? text.length() : next;
            if (close >= 0 && close < limit) {
                at = text.indexOf(CDATA, close + 3);
                continue;
            }
            Optional<String> element = startTagBefore(text, at);
            int end = element.map(name -> text.substring(body, limit).indexOf("</" + name)).orElse(-1);
            int stop = end < 0 ? limit : body + end;
            out = out == null ? new StringBuilder(text.length() + 16) : out;
            out.append(text, from, stop).append("]]>");
            from = stop;
            at = next;
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    /** The name of the start tag that ends just before {@code at} (spaces aside), if one does. */
    private static Optional<String> startTagBefore(String text, int at) {
        int gt = at - 1;
        while (gt >= 0 && Character.isWhitespace(text.charAt(gt))) {
            gt--;
        }
        if (gt < 0 || text.charAt(gt) != '>') {
            return Optional.empty();
        }
        int lt = text.lastIndexOf('<', gt);
        if (lt < 0 || gt - lt > LONGEST_TAG) {
            return Optional.empty();
        }
        Matcher tag = OPEN_TAG.matcher(text).region(lt, gt + 1);
        return tag.matches() ? Optional.of(tag.group(1)) : Optional.empty();
    }
}
