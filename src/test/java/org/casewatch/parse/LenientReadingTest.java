package org.casewatch.parse;

import org.casewatch.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds broken the ways real feeds are: the lenient second reading takes their items, says it did, and is never
 * lenient about what the strict reading refuses for safety; what is not a feed at all still fails clearly.
 */
class LenientReadingTest {

    private static final String ADDRESS = "https://feeds.example/feed/latest.xml";

    private final FeedParser parser = new FeedParser();

    private ParseResult parse(String fixture) {
        return parser.parse(Fixtures.bytes("feeds/" + fixture), Optional.empty(), ADDRESS);
    }

    private List<Item> lenient(String fixture) {
        ParseResult result = parse(fixture);
        assertThat(result).as(result.toString()).isInstanceOf(ParseResult.ReadLeniently.class);
        assertThat(((ParseResult.ReadLeniently) result).strictError()).isNotBlank();
        return ((ParseResult.ReadLeniently) result).items();
    }

    /** Items whichever reading took them: some breakage Rome itself forgives. */
    private static List<Item> items(ParseResult result) {
        if (result instanceof ParseResult.Parsed p) {
            return p.items();
        }
        assertThat(result).as(result.toString()).isInstanceOf(ParseResult.ReadLeniently.class);
        return ((ParseResult.ReadLeniently) result).items();
    }

    private String refusal(byte[] body) {
        ParseResult result = parser.parse(body, Optional.empty(), ADDRESS);
        assertThat(result).as(result.toString()).isInstanceOf(ParseResult.Unparseable.class);
        return ((ParseResult.Unparseable) result).reason();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "lenient-ampersands.xml | Farmers & herders meet the akim | https://courier.example/news?id=41&lang=en"
                    + " | Zhanar Kenzhetayeva & two neighbours spoke for the village.",
            "lenient-unclosed-cdata.xml | Verdict postponed | https://unclosed.example/a/1"
                    + " | The court postponed the verdict of Aidos Temirkhanov once more.",
            "lenient-undeclared-prefix.xml | Transfer to another colony | https://prefix.example/news/7"
                    + " | Erlan Tokmurzin was moved to a colony in the north, his lawyer said.",
            "lenient-doctype-text.xml | Statement pasted from a web page | https://doctype.example/1"
                    + " | Statement: the court of appeal met on Monday.",
    })
    void aBrokenFeedGivesItsItems(String fixture, String title, String link, String summary) {
        Item first = items(parse(fixture)).get(0);
        assertThat(first.title()).isEqualTo(title);
        assertThat(first.link()).isEqualTo(link);
        assertThat(first.summary()).isEqualTo(summary);
    }

    /** Bare ampersands and HTML entities are forgiven, as Rome forgave them; these are not, and the result says so. */
    @ParameterizedTest
    @CsvSource({"lenient-unclosed-cdata.xml", "lenient-undeclared-prefix.xml", "lenient-doctype-text.xml"})
    void whatTheStrictReadingRefusesIsReadLenientlyAndSaysSo(String fixture) {
        assertThat(lenient(fixture)).isNotEmpty();
    }

    @Test
    void anUnclosedCdataSectionEndsWithItsElementSoTheNextItemsSurvive() {
        List<Item> items = lenient("lenient-unclosed-cdata.xml");
        assertThat(items).extracting(Item::title).containsExactly("Verdict postponed", "Appeal filed");
        assertThat(items.get(1).summary()).isEqualTo("The defence of Erlan Tokmurzin filed an appeal.");
    }

    @Test
    void anUndeclaredPrefixMeansWhatItConventionallyMeans() {
        Item item = lenient("lenient-undeclared-prefix.xml").get(0);
        assertThat(item.published()).contains(Instant.parse("2026-11-19T03:30:00Z"));
    }

    @Test
    void ampersandsKeepTheFeedsOwnIdsAndDates() {
        List<Item> items = items(parse("lenient-ampersands.xml"));
        assertThat(items).extracting(Item::guid).containsExactly("courier-41", "courier-42");
        assertThat(items.get(0).published()).contains(Instant.parse("2026-11-20T04:15:00Z"));
    }

    @Test
    void undeclaredHtmlEntitiesAreDecoded() {
        Item item = items(parse("lenient-html-entities.xml")).get(0);
        assertThat(item.title()).isEqualTo("Hearing\u00a0of Aidos Temirkhanov \u2014 adjourned");
        assertThat(item.summary()).isEqualTo("The judge said \u00abnext week\u00bb\u2026 Caf\u00e9 owners protested & left.");
    }

    @Test
    void textThatLooksLikeADoctypeIsNotOneAndIsNeverRefused() {
        List<Item> items = lenient("lenient-doctype-text.xml");
        assertThat(items.get(1).summary()).isEqualTo("The hearing of Zhanar Kenzhetayeva is set.");
        // In a CDATA section alone it is ordinary text, and the strict reading takes the feed.
        String cdataOnly = "<rss version=\"2.0\"><channel><title>t</title><link>https://d.example/</link>"
                + "<description>x</description><item><title>Press</title><description><![CDATA[<!DOCTYPE html>"
                + "<p>Statement</p>]]></description></item></channel></rss>";
        ParseResult strict = parser.parse(cdataOnly.getBytes(StandardCharsets.UTF_8), Optional.empty(), ADDRESS);
        assertThat(strict).isInstanceOf(ParseResult.Parsed.class);
        assertThat(((ParseResult.Parsed) strict).items().get(0).summary()).isEqualTo("Statement");
    }

    @Test
    void aWrongEncodingDeclarationGivesWayToWhatTheBytesAre() {
        Item item = items(parse("wrong-encoding-declared.xml")).get(0);
        assertThat(item.title()).isEqualTo("Айдос Темірханов басқа колонияға ауыстырылды");
    }

    @Test
    void atom03Base64ContentIsDecoded() {
        Item item = items(parse("atom03-base64.xml")).get(0);
        assertThat(item.summary()).isEqualTo("Erlan Tokmurzin was released on parole.");
        assertThat(item.link()).isEqualTo("https://old-atom.example/2026/11/parole");
        assertThat(item.guid()).isEqualTo("tag:old-atom.example,2026:parole");
        assertThat(item.published()).as("issued is Atom 0.3's publication date")
                .contains(Instant.parse("2026-11-21T07:45:00Z"));
    }

    @Test
    void aFeedDeclaringItsOwnEntitiesIsRefusedEvenWhenItIsBrokenOtherwise() {
        assertThat(refusal(Fixtures.bytes("feeds/broken-with-entities.xml"))).contains("DTD entities");
        assertThat(refusal(Fixtures.bytes("feeds/xxe.xml"))).contains("DTD entities");
        assertThat(refusal(Fixtures.bytes("feeds/billion-laughs.xml"))).contains("DTD entities");
    }

    @Test
    void anHtmlPageAndRandomBytesStillFailClearly() {
        assertThat(refusal(Fixtures.bytes("feeds/not-a-feed.html"))).startsWith("not a readable RSS or Atom feed");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertThat(refusal(noise)).startsWith("not a readable RSS or Atom feed");
        assertThat(refusal(new byte[0])).startsWith("not a readable RSS or Atom feed");
    }

    /**
     * A hostile body of nothing but unclosed CDATA sections is repaired in linear time: searching the rest of the
     * text again for each section would take minutes on these 2 MB, this takes milliseconds.
     */
    @Test
    void closingOpenCdataSectionsIsLinearInTheText() {
        String body = "<rss version=\"2.0\"><channel><item><title>" + "<![CDATA[x".repeat(200_000);
        String repaired = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> LenientXml.closeCdata(body));
        assertThat(repaired).endsWith("<![CDATA[x]]>").hasSize(body.length() + 3 * 200_000);
    }

    /** No feed nests hundreds deep; one that does is refused before the strict reading spends minutes on it. */
    @Test
    void aFeedNestedAbsurdlyDeepIsRefusedAndADeepXhtmlContentIsNot() {
        String hostile = "<rss version=\"2.0\"><channel>" + "<x>".repeat(600) + "<item><title>t</title></item>";
        assertThat(refusal(hostile.getBytes(StandardCharsets.UTF_8))).startsWith("feed nests elements more than 512 deep");
        String deepContent = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Deep</title>"
                + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">" + "<div>".repeat(60)
                + "Erlan Tokmurzin" + "</div>".repeat(60) + "</div></content></entry></feed>";
        assertThat(items(parser.parse(deepContent.getBytes(StandardCharsets.UTF_8), Optional.empty(), ADDRESS)))
                .singleElement().satisfies(i -> assertThat(i.summary()).isEqualTo("Erlan Tokmurzin"));
    }
}
