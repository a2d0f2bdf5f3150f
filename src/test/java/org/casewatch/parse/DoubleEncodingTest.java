package org.casewatch.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Text garbled on its way through a CMS is repaired only where no real text could look like that. */
class DoubleEncodingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Hearing postponed\u00e2\u0080\u00a6 again | Hearing postponed\u2026 again",
            "Hearing postponed\u00e2\u20ac\u00a6 again | Hearing postponed\u2026 again",
            "the lawyer\u00e2\u20ac\u2122s statement | the lawyer\u2019s statement",
            "don\u0092t | don\u2019t",
            "Caf\u00c3\u00a9 stays as written | Caf\u00c3\u00a9 stays as written",
            "\u201cquoted\u201d stays | \u201cquoted\u201d stays",
            "Айдос Темирханов | Айдос Темирханов",
    })
    void repairsOnlyWhatCannotBeRealText(String garbled, String repaired) {
        assertThat(DoubleEncoding.repair(garbled)).isEqualTo(repaired);
    }

    /** Curly quotes a CMS pasted in windows-1252 into a feed that declares nothing. */
    @ParameterizedTest
    @CsvSource({"windows-1252", "ISO-8859-1"})
    void textThatIsNotUtf8AndClaimsLatin1IsReadAsWindows1252(String declared) {
        String feed = "<?xml version=\"1.0\" encoding=\"" + declared + "\"?><rss version=\"2.0\"><channel><title>t"
                + "</title><link>https://q.example/</link><description>x</description><item><title>The judge\u2019s"
                + " \u201cfinal\u201d word</title><guid>q1</guid></item></channel></rss>";
        ParseResult result = new FeedParser().parse(feed.getBytes(Charset.forName("windows-1252")), Optional.empty(),
                "https://q.example/rss");
        assertThat(((ParseResult.Parsed) result).items().get(0).title()).isEqualTo("The judge\u2019s \u201cfinal\u201d word");
    }
}
