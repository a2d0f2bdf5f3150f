package org.casewatch.parse;

import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;

/** The base address in force at an element: the document's address, then each xml:base from the root down. */
final class XmlBase {

    private XmlBase() {
    }

    static String of(Element element, String documentBase) {
        Deque<String> bases = new ArrayDeque<>();
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("xml:base")) {
                bases.push(e.attr("xml:base"));
            }
        }
        String base = documentBase;
        for (String b : bases) {
            // An xml:base that is not a usable reference is ignored rather than breaking every link below it.
            String resolved = Links.resolve(base, b);
            base = resolved.isEmpty() ? base : resolved;
        }
        return base;
    }
}
