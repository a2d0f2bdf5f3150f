package org.casewatch.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleExtractorTest {

    private static final String PAGE = """
            <html><body>
              <nav>Home | Politics | Sport</nav>
              <div class="ad">Subscribe now</div>
              <div class="story"><p>First paragraph names Erlan Tokmurzin.</p>
                <p>Second paragraph is about the court in the region and what the lawyer said afterwards.</p></div>
              <footer>Copyright</footer>
              <script>var tracking = 1;</script>
            </body></html>""";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Optional<String> extract(String html, String selector) {
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), Optional.empty(), "https://a.example/", selector);
    }

    @Test
    void usesTheSourcesSelector() {
        assertThat(extract(PAGE, "div.story")).contains("First paragraph names Erlan Tokmurzin.\n\n"
                + "Second paragraph is about the court in the region and what the lawyer said afterwards.");
    }

    @Test
    void withoutASelectorFindsTheParagraphsAndDropsNavigation() {
        String text = extract(PAGE, "").orElseThrow();
        assertThat(text).contains("Erlan Tokmurzin").doesNotContain("Home |").doesNotContain("tracking")
                .doesNotContain("Copyright");
    }

    @Test
    void prefersAnArticleElement() {
        String html = "<html><body><div><p>Sidebar text.</p></div><article><p>" + "Long story text. ".repeat(20)
                + "</p></article></body></html>";
        assertThat(extract(html, "")).hasValueSatisfying(t -> assertThat(t).startsWith("Long story text.")
                .doesNotContain("Sidebar"));
    }
}
