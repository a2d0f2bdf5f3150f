package org.casewatch.parse;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Namespaces of elements in a tree read by jsoup, which keeps prefixes as written: a prefix is looked up in the
 * xmlns declarations of the element and its ancestors, and an undeclared one (common in broken feeds: "dc:" or
 * "content:" with no xmlns) means what it conventionally means.
 */
final class XmlNames {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ATOM03 = "http://purl.org/atom/ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /** The namespaces whose elements are a feed's own: RSS 0.90, 1.0, Userland's RSS 2.0 and both Atoms. */
    private static final Set<String> FEED = Set.of("", "http://purl.org/rss/1.0/",
            "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2",
            "http://backend.userland.com/rss", "http://blogs.law.harvard.edu/tech/rss", ATOM, ATOM03);

    private static final Map<String, String> CONVENTIONAL = Map.of("dc", DC, "dcterms", DCTERMS, "content", CONTENT,
            "xhtml", XHTML, "itunes", ITUNES, "media", MEDIA, "rdf", RDF, "atom", ATOM);

    private XmlNames() {
    }

    /** The element's name without prefix, in lower case (CDF writes ITEM and TITLE; feedparser folds case). */
    static String local(Element e) {
        String name = e.tagName();
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    /** The namespace URI of the element ("" for none), normalised for the few that are written two ways. */
    static String namespace(Element e) {
        String name = e.tagName();
        int colon = name.indexOf(':');
        String prefix = colon < 0 ? "" : name.substring(0, colon);
        String attribute = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
        for (Element at = e; at != null; at = at.parent()) {
            if (at.hasAttr(attribute)) {
                return normalise(at.attr(attribute));
            }
        }
        return prefix.isEmpty() ? "" : CONVENTIONAL.getOrDefault(prefix.toLowerCase(Locale.ROOT), "?" + prefix);
    }

    /** Whether the element is the feed's own (RSS or Atom), not an extension's. */
    static boolean isFeedOwn(Element e) {
        return FEED.contains(namespace(e));
    }

    static boolean is(Element e, String namespace, String local) {
        return local(e).equals(local) && namespace(e).equals(namespace);
    }

    private static String normalise(String uri) {
        String u = uri.strip();
        if (u.equals("http://search.yahoo.com/mrss")) {
            return MEDIA;
        }
        // Apple's own examples have written the iTunes namespace in more than one case.
        return u.equalsIgnoreCase(ITUNES) ? ITUNES : u;
    }
}
