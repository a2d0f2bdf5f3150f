package org.casewatch.parse;

import org.casewatch.model.Item;
import org.casewatch.model.PageSelectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.text.ParsePosition;

/**
 * Reads an HTML page (a court's hearing schedule, a parliament's press list) into items using the
 * source's CSS selectors. Rows without a link get a guid from their text, so an unchanged row stays known.
 */
public final class PageParser {

    private final ZoneId zone;

    public PageParser(ZoneId zone) {
        this.zone = zone;
    }

    public ParseResult parse(byte[] body, Optional<String> contentType, String baseUrl, PageSelectors selectors) {
        Document doc = Jsoup.parse(TextDecoder.decode(body, contentType), baseUrl);
        List<Element> rows;
        try {
            rows = doc.select(selectors.items());
        } catch (Selector.SelectorParseException e) {
            return new ParseResult.Unparseable("items selector '" + selectors.items() + "' is not valid CSS: "
                    + e.getMessage());
        }
        List<Item> items = new ArrayList<>();
        try {
            for (Element row : rows) {
                item(row, selectors).ifPresent(items::add);
            }
        } catch (Selector.SelectorParseException e) {
            return new ParseResult.Unparseable("a selector is not valid CSS: " + e.getMessage());
        }
        return new ParseResult.Parsed(items);
    }

    private Optional<Item> item(Element row, PageSelectors s) {
        String title = s.title().map(css -> row.selectFirst(css)).map(Element::text).orElse(row.text()).strip();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String link = link(row, s.link());
        String dateText = s.date().map(css -> row.selectFirst(css)).map(Element::text).orElse("");
        Optional<Instant> published = s.dateFormat().flatMap(pattern -> date(dateText, pattern, s));
        String text = row.text().strip();
        String summary = text.equals(title) ? "" : text;
        String guid = link.isEmpty() ? "row:" + sha1(title + "|" + dateText + "|" + summary) : "";
        return Optional.of(new Item(guid, link, title, summary, published));
    }

    private static String link(Element row, Optional<String> selector) {
        Element anchor = selector.map(css -> row.selectFirst(css)).orElseGet(() -> row.selectFirst("a[href]"));
        if (anchor == null) {
            return "";
        }
        if (!anchor.hasAttr("href")) {
            anchor = anchor.selectFirst("a[href]");
        }
        return anchor == null ? "" : anchor.absUrl("href");
    }

    /** Finds the first place in the text where the pattern parses, so "Date: 03.03.2026 10:00" works. */
    private Optional<Instant> date(String text, String pattern, PageSelectors s) {
        DateTimeFormatter format = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(s.dateLocale());
        for (int start = 0; start < text.length(); start++) {
            ParsePosition position = new ParsePosition(start);
            TemporalAccessor parsed = format.parseUnresolved(text, position);
            if (parsed == null || position.getErrorIndex() >= 0) {
                continue;
            }
            try {
                TemporalAccessor resolved = format.parse(text.substring(start, position.getIndex()));
                return Optional.of(toInstant(resolved));
            } catch (RuntimeException notADate) {
                // e.g. "31.02.2026": keep looking further along the text
            }
        }
        return Optional.empty();
    }

    private Instant toInstant(TemporalAccessor t) {
        try {
            return LocalDateTime.from(t).atZone(zone).toInstant();
        } catch (RuntimeException dateOnly) {
            return LocalDate.from(t).atStartOfDay(zone).toInstant();
        }
    }

    private static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JVM", e);
        }
    }
}
