package org.casewatch.parse;

import org.casewatch.model.Item;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Takes the entries of an RSS (0.9x, 1.0, 2.0), Atom (0.3, 1.0) or CDF document out of its tree, field by field
 * as feedparser does where casewatch has the same concept: the title (with dc:title and media:title as
 * fallbacks), the alternate link and relative links resolved through xml:base against the document's address,
 * the id as written, the full content when there is one and otherwise the summary, as plain text, and the
 * publication date (the last one given, else the update date).
 */
final class FeedEntries {

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^/\\s]+.*");
    private static final Set<String> ROOTS = Set.of("rss", "rdf", "feed", "channel");

    private FeedEntries() {
    }

    /** The entries, or empty when the document's root is not a feed's (an HTML page, or no element at all). */
    static Optional<List<Item>> read(Document doc, String address) {
        Element root = doc.children().first();
        if (root == null || !ROOTS.contains(XmlNames.local(root))) {
            return Optional.empty();
        }
        boolean atom = XmlNames.local(root).equals("feed");
        String base = atom ? address : rssBase(root, address);
        List<Item> items = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            // feedparser takes <item> in an Atom feed and <entry> in RSS too; so do the feeds that mix them.
            if (isEntry(e) && XmlNames.isFeedOwn(e) && !nested(e)) {
                items.add(item(e, base));
            }
        }
        return Optional.of(items);
    }

    /**
     * RSS leaves relative links to the reader; the document's address is their base (RFC 3986 §5.1.3), but an
     * RSS file read from disk stands in for its site, so the channel's own http(s) link is the base there.
     */
    private static String rssBase(Element root, String address) {
        if (WEB_ADDRESS.matcher(address).matches()) {
            return address;
        }
        Optional<Element> channel = XmlNames.local(root).equals("channel") ? Optional.of(root)
                : root.children().stream().filter(c -> XmlNames.local(c).equals("channel")).findFirst();
        return channel.stream().flatMap(c -> c.children().stream()).filter(own("link"))
                .map(l -> l.wholeText().strip()).filter(s -> WEB_ADDRESS.matcher(s).matches()).findFirst()
                .orElse(address);
    }

    private static boolean isEntry(Element e) {
        String name = XmlNames.local(e);
        return name.equals("item") || name.equals("entry");
    }

    private static boolean nested(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (isEntry(p)) {
                return true;
            }
        }
        return false;
    }

    private static Item item(Element entry, String documentBase) {
        List<Element> fields = fields(entry);
        String title = first(fields, own("title")).or(() -> first(fields, ns(XmlNames.DC, "title")))
                .or(() -> first(fields, ns(XmlNames.MEDIA, "title"))).map(TextConstructs::plain).orElse("");
        String content = first(fields, e -> !e.hasAttr("src") && (own("content").test(e)
                || ns(XmlNames.CONTENT, "encoded").test(e) || ns(XmlNames.XHTML, "body").test(e)
                || own("body").test(e) || own("fullitem").test(e))).map(TextConstructs::plain).orElse("");
        String summary = content.isBlank() ? first(fields, own("description").or(own("summary"))
                .or(own("abstract")).or(ns(XmlNames.DC, "description")).or(ns(XmlNames.ITUNES, "summary"))
                .or(ns(XmlNames.MEDIA, "description"))).map(TextConstructs::plain).orElse("") : content;
        return new Item(guid(entry, fields), link(entry, fields, documentBase), DoubleEncoding.repair(title),
                DoubleEncoding.repair(summary), published(entry, fields));
    }

    /** The entry's children, and those of a media:group, where Media RSS puts titles and descriptions. */
    private static List<Element> fields(Element entry) {
        List<Element> out = new ArrayList<>();
        for (Element child : entry.children()) {
            out.add(child);
            if (XmlNames.is(child, XmlNames.MEDIA, "group")) {
                out.addAll(child.children());
            }
        }
        return out;
    }

    private static String guid(Element entry, List<Element> fields) {
        return first(fields, own("guid").or(own("id"))).map(e -> e.wholeText().strip())
                .or(() -> Optional.of(entry.attr("rdf:about").strip())).orElse("");
    }

    /**
     * The alternate link (Atom: rel alternate or none; Atom 0.3 writes it as text), else a permalink guid, else
     * CDF's HREF attribute; relative ones resolved against the xml:base in force and the document's address.
     */
    private static String link(Element entry, List<Element> fields, String documentBase) {
        for (Element link : fields) {
            if (!own("link").test(link)) {
                continue;
            }
            String rel = link.attr("rel").strip().toLowerCase(Locale.ROOT);
            String value = link.hasAttr("href") ? link.attr("href") : link.wholeText();
            if ((rel.isEmpty() || rel.equals("alternate")) && !value.isBlank()) {
                return Links.resolve(XmlBase.of(link, documentBase), value);
            }
        }
        Optional<Element> guid = first(fields, own("guid"));
        if (guid.isPresent() && !guid.get().attr("isPermaLink").strip().equalsIgnoreCase("false")
                && WEB_ADDRESS.matcher(guid.get().wholeText().strip()).matches()) {
            return guid.get().wholeText().strip();
        }
        String href = entry.hasAttr("href") ? entry.attr("href") : entry.attr("HREF");
        return href.isBlank() ? "" : Links.resolve(XmlBase.of(entry, documentBase), href);
    }

    /** The last publication date given (feedparser lets a later one overwrite), else the last update date. */
    private static Optional<Instant> published(Element entry, List<Element> fields) {
        Optional<Instant> published = Optional.empty();
        Optional<Instant> updated = FeedDates.parse(entry.attr("lastmod"));
        Optional<Instant> created = Optional.empty();
        for (Element e : fields) {
            Optional<Instant> date;
            boolean own = XmlNames.isFeedOwn(e);
            String name = XmlNames.local(e);
            String ns = XmlNames.namespace(e);
            if (own && (name.equals("pubdate") || name.equals("published") || name.equals("issued"))
                    || ns.equals(XmlNames.DCTERMS) && name.equals("issued")) {
                date = FeedDates.parse(e.wholeText());
                published = date.isPresent() ? date : published;
            } else if (own && (name.equals("updated") || name.equals("modified"))
                    || ns.equals(XmlNames.DC) && name.equals("date")
                    || ns.equals(XmlNames.DCTERMS) && name.equals("modified")) {
                date = FeedDates.parse(e.wholeText());
                updated = date.isPresent() ? date : updated;
            } else if (own && name.equals("created") || ns.equals(XmlNames.DCTERMS) && name.equals("created")) {
                date = FeedDates.parse(e.wholeText());
                created = date.isPresent() ? date : created;
            }
        }
        return published.isPresent() ? published : updated.isPresent() ? updated : created;
    }

    private static Optional<Element> first(List<Element> fields, Predicate<Element> wanted) {
        return fields.stream().filter(wanted).findFirst();
    }

    private static Predicate<Element> own(String local) {
        return e -> XmlNames.local(e).equals(local) && XmlNames.isFeedOwn(e);
    }

    private static Predicate<Element> ns(String namespace, String local) {
        return e -> XmlNames.is(e, namespace, local);
    }
}
