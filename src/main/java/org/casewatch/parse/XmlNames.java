package org.casewatch.parse;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;

/** The namespaces a feed's elements come from, and element names as feedparser compares them. */
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

    private XmlNames() {
    }

    /** The element's name without prefix, in lower case (CDF writes ITEM and TITLE; feedparser folds case). */
    static String local(Element e) {
        String name = e.tagName();
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether elements of this namespace are the feed's own (RSS or Atom), not an extension's. */
    static boolean isFeedOwn(String namespace) {
        return FEED.contains(namespace);
    }

    static boolean isAtom(String namespace) {
        return namespace.equals(ATOM) || namespace.equals(ATOM03);
    }
}
