package org.casewatch.bench;

import org.casewatch.model.Item;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the reason a difference from feedparser is one casewatch keeps on purpose (each is listed in the README),
 * judged from the file and the two values; anything else stays "not explained".
 */
final class KeptDifferences {

    static final String ONE_TEXT = "kept: one text per item, the full content when there is one, else the summary";
    static final String IDS = "kept: ids as written, never resolved as links (an id names the item)";
    static final String CONTENT_LOCATION = "kept: the Content-Location header is no base for links (RFC 7231 B)";
    static final String DTD = "kept: a feed declaring its own DTD entities is refused (XXE, entity expansion)";
    static final String UTF8 = "kept: UTF-8 bytes stay UTF-8 despite one stray byte (feedparser: all windows-1252)";
    static final String BROWSER = "kept: HTML read as a browser reads it (<!...> is markup; iframe, script text"
            + " dropped)";

    private static final Pattern TEXT_ELEMENT = Pattern.compile(
            "<(summary|description|content|content:encoded|body|xhtml:body|fullitem)[\\s>]");

    private KeptDifferences() {
    }

    static Optional<String> reason(SuiteFile file, StatedFields.Stated stated, Optional<Item> item, String casewatch) {
        String expected = String.valueOf(stated.value());
        if (casewatch.startsWith("error:") && casewatch.contains("DTD entities")) {
            return Optional.of(DTD);
        }
        if (file.name().contains("content_location")) {
            return Optional.of(CONTENT_LOCATION);
        }
        if (stated.field() == StatedFields.Field.ID && item.isPresent() && !casewatch.contains("://")
                && expected.endsWith(casewatch)) {
            return Optional.of(IDS);
        }
        boolean text = stated.field() == StatedFields.Field.SUMMARY || stated.field() == StatedFields.Field.CONTENT;
        if (text && textElements(file) >= 2) {
            return Optional.of(ONE_TEXT);
        }
        if (expected.contains("\u00e2\u20ac")) {
            return Optional.of(UTF8);
        }
        if (expected.contains("<!") || expected.contains("&lt;!") || file.name().contains("iframe")
                || file.name().contains("crazy")) {
            return Optional.of(BROWSER);
        }
        return Optional.empty();
    }

    /** How many different elements carrying an entry's text (summary, description, content...) the file has. */
    private static long textElements(SuiteFile file) {
        Matcher m = TEXT_ELEMENT.matcher(new String(file.body(), StandardCharsets.ISO_8859_1));
        return m.results().map(r -> r.group(1)).distinct().count();
    }
}
