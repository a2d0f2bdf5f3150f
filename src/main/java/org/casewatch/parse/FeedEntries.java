package org.casewatch.parse;

import org.casewatch.model.Item;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * publication date (the last one given, else the update date). One pass over the tree: time in proportion to
 * the document, however it nests.
 */
final class FeedEntries {

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^/\\s]+.*");
    private static final Set<String> ROOTS = Set.of("rss", "rdf", "feed", "channel");

    /** A child element of an entry, with its name, namespace and scope worked out once. */
    private record Field(Element element, String local, String namespace, XmlScope scope) {

        static Field of(Element e, XmlScope outer) {
            XmlScope scope = outer.enter(e);
            return new Field(e, XmlNames.local(e), scope.namespace(e), scope);
        }

        boolean own() {
            return XmlNames.isFeedOwn(namespace);
        }

        String text() {
            return element.wholeText().strip();
        }
    }

    private FeedEntries() {
    }

    /** The entries, or empty when the document's root is not a feed's (an HTML page, or no element at all). */
    static Optional<List<Item>> read(Document doc, String address) {
        Element root = doc.children().first();
        if (root == null || !ROOTS.contains(XmlNames.local(root))) {
            return Optional.empty();
        }
        boolean atom = XmlNames.local(root).equals("feed");
        XmlScope document = XmlScope.document(atom ? address : rssBase(root, address));
        List<Item> items = new ArrayList<>();
        Deque<XmlScope> scopes = new ArrayDeque<>();
        scopes.push(document);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_CHILDREN;
                }
                XmlScope scope = scopes.peek().enter(e);
                scopes.push(scope);
                String name = XmlNames.local(e);
                // feedparser takes <item> in an Atom feed and <entry> in RSS too; so do the feeds that mix them.
                if ((name.equals("item") || name.equals("entry")) && XmlNames.isFeedOwn(scope.namespace(e))) {
                    items.add(item(e, scope, atom));
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element) {
                    scopes.pop();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
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
        return channel.stream().flatMap(c -> c.children().stream()).filter(c -> XmlNames.local(c).equals("link"))
                .map(l -> l.wholeText().strip()).filter(s -> WEB_ADDRESS.matcher(s).matches()).findFirst()
                .orElse(address);
    }

    private static Item item(Element entry, XmlScope scope, boolean atomFeed) {
        List<Field> fields = fields(entry, scope);
        String title = first(fields, own("title")).or(() -> first(fields, ns(XmlNames.DC, "title")))
                .or(() -> first(fields, ns(XmlNames.MEDIA, "title"))).map(f -> plain(f, atomFeed)).orElse("");
        String content = first(fields, f -> !f.element().hasAttr("src") && (own("content").test(f)
                || ns(XmlNames.CONTENT, "encoded").test(f) || ns(XmlNames.XHTML, "body").test(f)
                || own("body").test(f) || own("fullitem").test(f))).map(f -> plain(f, atomFeed)).orElse("");
        String summary = content.isBlank() ? first(fields, own("description").or(own("summary"))
                .or(own("abstract")).or(ns(XmlNames.DC, "description")).or(ns(XmlNames.ITUNES, "summary"))
                .or(ns(XmlNames.MEDIA, "description"))).map(f -> plain(f, atomFeed)).orElse("") : content;
        return new Item(guid(entry, fields), link(entry, scope, fields), DoubleEncoding.repair(title),
                DoubleEncoding.repair(summary), published(entry, fields));
    }

    /** The entry's children, and those of a media:group, where Media RSS puts titles and descriptions. */
    private static List<Field> fields(Element entry, XmlScope scope) {
        List<Field> out = new ArrayList<>();
        for (Element child : entry.children()) {
            Field field = Field.of(child, scope);
            out.add(field);
            if (ns(XmlNames.MEDIA, "group").test(field)) {
                for (Element grandchild : child.children()) {
                    out.add(Field.of(grandchild, field.scope()));
                }
            }
        }
        return out;
    }

    /** Atom says how to read its text (type, mode); so does an element in the Atom namespace or an Atom feed. */
    private static String plain(Field f, boolean atomFeed) {
        return TextConstructs.plain(f.element(), XmlNames.isAtom(f.namespace()) || atomFeed && f.namespace().isEmpty());
    }

    private static String guid(Element entry, List<Field> fields) {
        return first(fields, own("guid").or(own("id"))).map(Field::text)
                .orElseGet(() -> entry.attr("rdf:about").strip());
    }

    /**
     * The alternate link (Atom: rel alternate or none; Atom 0.3 writes it as text), else a permalink guid, else
     * CDF's HREF attribute; relative ones resolved against the xml:base in force and the document's address.
     */
    private static String link(Element entry, XmlScope scope, List<Field> fields) {
        for (Field link : fields) {
            if (!own("link").test(link)) {
                continue;
            }
            Element e = link.element();
            String rel = e.attr("rel").strip().toLowerCase(Locale.ROOT);
            String value = e.hasAttr("href") ? e.attr("href") : e.wholeText();
            if ((rel.isEmpty() || rel.equals("alternate")) && !value.isBlank()) {
                return Links.resolve(link.scope().base(), value);
            }
        }
        Optional<Field> guid = first(fields, own("guid"));
        if (guid.isPresent() && !guid.get().element().attr("isPermaLink").strip().equalsIgnoreCase("false")
                && WEB_ADDRESS.matcher(guid.get().text()).matches()) {
            return guid.get().text();
        }
        String href = entry.attr("href");
        return href.isBlank() ? "" : Links.resolve(scope.base(), href);
    }

    /** The last publication date given (feedparser lets a later one overwrite), else the last update date. */
    private static Optional<Instant> published(Element entry, List<Field> fields) {
        Optional<Instant> published = Optional.empty();
        Optional<Instant> updated = FeedDates.parse(entry.attr("lastmod"));
        Optional<Instant> created = Optional.empty();
        for (Field f : fields) {
            String name = f.local();
            boolean own = f.own();
            boolean terms = f.namespace().equals(XmlNames.DCTERMS);
            Optional<Instant> date;
            if (own && (name.equals("pubdate") || name.equals("published") || name.equals("issued"))
                    || terms && name.equals("issued")) {
                date = FeedDates.parse(f.text());
                published = date.isPresent() ? date : published;
            } else if (own && (name.equals("updated") || name.equals("modified"))
                    || f.namespace().equals(XmlNames.DC) && name.equals("date") || terms && name.equals("modified")) {
                date = FeedDates.parse(f.text());
                updated = date.isPresent() ? date : updated;
            } else if ((own || terms) && name.equals("created")) {
                date = FeedDates.parse(f.text());
                created = date.isPresent() ? date : created;
            }
        }
        return published.isPresent() ? published : updated.isPresent() ? updated : created;
    }

    private static Optional<Field> first(List<Field> fields, Predicate<Field> wanted) {
        return fields.stream().filter(wanted).findFirst();
    }

    private static Predicate<Field> own(String local) {
        return f -> f.local().equals(local) && f.own();
    }

    private static Predicate<Field> ns(String namespace, String local) {
        return f -> f.local().equals(local) && f.namespace().equals(namespace);
    }
}
