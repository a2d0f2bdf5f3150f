package org.casewatch.parse;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;

/**
 * What is in force at an element of a feed read by jsoup, which keeps prefixes as written and ignores xml:base:
 * the base address for relative links (the document's address, then each xml:base from the root down) and the
 * namespace prefixes declared so far. Scopes are built top-down, one step per element, so reading a whole feed
 * costs time in proportion to its size however deep it nests; past {@link #MOST_DECLARATIONS} declarations on
 * one path, further ones are ignored (real feeds declare a handful).
 */
final class XmlScope {

    private static final int MOST_DECLARATIONS = 64;
    private static final Map<String, String> CONVENTIONAL = Map.of("dc", XmlNames.DC, "dcterms", XmlNames.DCTERMS,
            "content", XmlNames.CONTENT, "xhtml", XmlNames.XHTML, "itunes", XmlNames.ITUNES, "media", XmlNames.MEDIA,
            "rdf", XmlNames.RDF, "atom", XmlNames.ATOM);

    private final String base;
    private final Declaration declarations;
    private final int declared;

    /** One xmlns declaration, linked to those made above it. */
    private record Declaration(String prefix, String uri, Declaration outer) {
    }

    private XmlScope(String base, Declaration declarations, int declared) {
        this.base = base;
        this.declarations = declarations;
        this.declared = declared;
    }

    static XmlScope document(String address) {
        return new XmlScope(address, null, 0);
    }

    /** The scope inside an element: this one plus the element's own xml:base and xmlns attributes. */
    XmlScope enter(Element e) {
        if (!e.hasAttr("xml:base") && !declaresNamespace(e)) {
            return this;
        }
        String inner = base;
        Declaration decl = declarations;
        int count = declared;
        for (Attribute a : e.attributes()) {
            if (count >= MOST_DECLARATIONS) {
                break;
            }
            String key = a.getKey();
            if (key.equals("xml:base")) {
                // An xml:base that is not a usable reference is ignored rather than breaking every link below it.
                String resolved = Links.resolve(inner, a.getValue());
                inner = resolved.isEmpty() ? inner : resolved;
                count++;
            } else if (key.equals("xmlns") || key.startsWith("xmlns:")) {
                decl = new Declaration(key.equals("xmlns") ? "" : key.substring(6), normalise(a.getValue()), decl);
                count++;
            }
        }
        return new XmlScope(inner, decl, count);
    }

    String base() {
        return base;
    }

    /**
     * The namespace URI of an element in this scope (the scope entered for it): "" for none; an undeclared
     * prefix, common in broken feeds ("dc:" or "content:" with no xmlns), means what it conventionally means.
     */
    String namespace(Element e) {
        String name = e.tagName();
        int colon = name.indexOf(':');
        String prefix = colon < 0 ? "" : name.substring(0, colon);
        for (Declaration d = declarations; d != null; d = d.outer()) {
            if (d.prefix().equals(prefix)) {
                return d.uri();
            }
        }
        return prefix.isEmpty() ? "" : CONVENTIONAL.getOrDefault(prefix.toLowerCase(Locale.ROOT), "?" + prefix);
    }

    private static boolean declaresNamespace(Element e) {
        for (Attribute a : e.attributes()) {
            if (a.getKey().startsWith("xmlns")) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String uri) {
        String u = uri.strip();
        if (u.equals("http://search.yahoo.com/mrss")) {
            return XmlNames.MEDIA;
        }
        // Apple's own examples have written the iTunes namespace in more than one case.
        return u.equalsIgnoreCase(XmlNames.ITUNES) ? XmlNames.ITUNES : u;
    }
}
