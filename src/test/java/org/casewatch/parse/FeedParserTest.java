package org.casewatch.parse;

import org.casewatch.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    private List<Item> items(String fixture, String contentType, String base) {
        ParseResult result = parser.parse(Fixtures.bytes("feeds/" + fixture), Optional.ofNullable(contentType), base);
        assertThat(result).as(result.toString()).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).items();
    }

    private String failure(String fixture) {
        ParseResult result = parser.parse(Fixtures.bytes("feeds/" + fixture), Optional.empty(), "https://x.example/");
        assertThat(result).isInstanceOf(ParseResult.Unparseable.class);
        return ((ParseResult.Unparseable) result).reason();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "rss091-netscape.xml, Hearing for Aidos Temirkhanov moved\u00a0again, http://old-wire.example/stories/101.html",
            "rss10-rdf.xml, Zhanar Kenzhetayeva fined again, https://rdf-news.example/a/1",
            "rss20.xml, Appeal date set for Aidos Temirkhanov, https://feeds.example/news/appeal?utm_source=rss",
            "atom.xml, Hunger strike & detention, https://feeds.example/feed/articles/118.html",
    })
    void readsEveryFeedFormat(String fixture, String title, String link) {
        List<Item> items = items(fixture, null, "https://feeds.example/feed/latest.xml");
        assertThat(items).isNotEmpty();
        assertThat(items.get(0).title()).isEqualTo(title);
        assertThat(items.get(0).link()).isEqualTo(link);
    }

    @Test
    void relativeLinksResolveAgainstTheFeedsOwnAddress() {
        assertThat(items("rss20.xml", null, "https://mirror.example/feeds/herald.xml").get(0).link())
                .isEqualTo("https://mirror.example/news/appeal?utm_source=rss");
        assertThat(items("atom.xml", null, "https://bulletin.example/feed/atom").get(0).link())
                .isEqualTo("https://bulletin.example/feed/articles/118.html");
    }

    @Test
    void anRssFileReadFromDiskStandsInForItsSiteButAnAtomFileStaysTheBase() {
        // The demo's feeds are files: their relative links mean the site's pages, which the channel names.
        assertThat(items("rss20.xml", null, "file:/tmp/rss20.xml").get(0).link())
                .isEqualTo("https://herald.example/news/appeal?utm_source=rss");
        assertThat(items("atom.xml", null, "file:/srv/samples/atom.xml").get(0).link())
                .isEqualTo("file:/srv/samples/articles/118.html");
    }

    @Test
    void xmlBaseOnTheFeedAndOnAnEntryComesBeforeTheAddress() {
        List<Item> items = items("xml-base.xml", null, "https://mirror.example/based.xml");
        assertThat(items).extracting(Item::link).containsExactly("https://bulletin.example/en/reports/42.html",
                "https://bulletin.example/about", "https://other.example/story");
    }

    @Test
    void theLastOfSeveralDatesCountsAndDublinCoreFillsWhatRssLacks() {
        String feed = """
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>
                <link>https://d.example/</link><description>x</description>
                <item><dc:title>Only a Dublin Core title</dc:title><guid isPermaLink="false">d1</guid>
                  <dc:date>2026-11-01T10:00:00Z</dc:date><dc:date>2026-11-02T10:00:00Z</dc:date>
                  <dc:description>Only a Dublin Core description</dc:description></item>
                <item><media:title>Only a media title</media:title><guid>https://d.example/2</guid>
                  <media:group><media:description>In a media group</media:description></media:group></item>
                </channel></rss>""";
        ParseResult result = parser.parse(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty(),
                "https://d.example/rss");
        List<Item> items = ((ParseResult.Parsed) result).items();
        assertThat(items.get(0).title()).isEqualTo("Only a Dublin Core title");
        assertThat(items.get(0).summary()).isEqualTo("Only a Dublin Core description");
        assertThat(items.get(0).published()).contains(Instant.parse("2026-11-02T10:00:00Z"));
        assertThat(items.get(1).title()).isEqualTo("Only a media title");
        assertThat(items.get(1).summary()).isEqualTo("In a media group");
        assertThat(items.get(1).link()).as("a permalink guid is the link").isEqualTo("https://d.example/2");
    }

    @Test
    void keepsTheFeedsOwnGuidAndPlainTextSummary() {
        List<Item> items = items("rss20.xml", null, "https://herald.example/rss");
        assertThat(items.get(0).guid()).isEqualTo("herald-1");
        assertThat(items.get(0).summary()).isEqualTo("The appeal of Aidos Temirkhanov will be heard on 3 December.");
        assertThat(items.get(1).guid()).isEmpty();
    }

    @Test
    void readsRfc822W3cAndPlainDates() {
        assertThat(items("rss20.xml", null, "https://herald.example/").get(0).published())
                .contains(Instant.parse("2026-11-20T04:15:00Z"));
        assertThat(items("rss20.xml", null, "https://herald.example/").get(1).published()).isPresent();
        assertThat(items("rss10-rdf.xml", null, "https://rdf-news.example/").get(0).published())
                .contains(Instant.parse("2026-11-19T03:30:00Z"));
        assertThat(items("atom.xml", null, "https://b.example/").get(0).published())
                .contains(Instant.parse("2026-11-22T09:30:00Z"));
    }

    @Test
    void atomContentBecomesTheSummary() {
        assertThat(items("atom.xml", null, "https://b.example/").get(0).summary())
                .isEqualTo("Erlan Tokmurzin has refused food for eight days.");
    }

    @ParameterizedTest
    @CsvSource({"cp1251-undeclared.xml", "koi8r-undeclared.xml"})
    void detectsRussianSingleByteCharsetsWhenNothingDeclaresThem(String fixture) {
        List<Item> items = items(fixture, "application/rss+xml", "https://ru.example/");
        assertThat(items.get(0).title()).isEqualTo("Айдос Темирханов переведён в другую колонию");
    }

    @Test
    void detectsTheCharsetWhenTheHeaderLies() {
        List<Item> items = items("cp1251-undeclared.xml", "text/xml; charset=utf-8", "https://ru.example/");
        assertThat(items.get(0).title()).startsWith("Айдос Темирханов");
    }

    @Test
    void refusesExternalEntitiesWithoutReadingThem() {
        assertThat(failure("xxe.xml")).contains("DTD entities");
    }

    @Test
    void refusesEntityExpansionBombs() {
        assertThat(failure("billion-laughs.xml")).contains("DTD entities");
    }

    @Test
    void htmlIsNotAFeed() {
        assertThat(failure("not-a-feed.html")).startsWith("not a readable RSS or Atom feed");
    }

    /** UTF-16 and UTF-32 feeds, with and without a byte-order mark (XML 1.0 appendix F tells them apart). */
    @ParameterizedTest
    @CsvSource({"UTF-16LE, false", "UTF-16BE, false", "UTF-16BE, true", "UTF-32LE, false", "UTF-32BE, true",
            "UTF-32LE, true"})
    void readsWideUnicodeFeeds(String charset, boolean bom) {
        String feed = "<?xml version=\"1.0\" encoding=\"" + charset + "\"?><rss version=\"2.0\"><channel><title>t"
                + "</title><link>https://w.example/</link><description>x</description><item><title>Жанар Кенжетаева"
                + "</title><guid>w1</guid></item></channel></rss>";
        byte[] text = feed.getBytes(java.nio.charset.Charset.forName(charset));
        byte[] mark = ("\uFEFF").getBytes(java.nio.charset.Charset.forName(charset));
        byte[] body = bom ? java.nio.ByteBuffer.allocate(mark.length + text.length).put(mark).put(text).array() : text;
        ParseResult result = parser.parse(body, Optional.empty(), "https://w.example/rss");
        assertThat(result).as(result.toString()).isInstanceOf(ParseResult.Parsed.class);
        assertThat(((ParseResult.Parsed) result).items().get(0).title()).isEqualTo("Жанар Кенжетаева");
    }
}
