package org.casewatch.pipeline;

import org.casewatch.model.Source;
import org.casewatch.model.SourceKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SourceOrderTest {

    private static Source source(String id, String url) {
        return new Source(id, id, SourceKind.FEED, url, Duration.ofMinutes(30), "en", true, Optional.empty(),
                Optional.empty(), false);
    }

    @Test
    void sourcesOfOneHostAreSpreadApartInTheirOwnOrder() {
        List<Source> sources = List.of(source("a1", "https://a.example/1"), source("a2", "https://A.example/2"),
                source("a3", "https://a.example/3"), source("b1", "https://b.example/rss"),
                source("c1", "https://c.example/x"), source("c2", "https://c.example/y"),
                source("f1", "file:feeds/samples/one.xml"), source("f2", "file:feeds/samples/two.xml"));

        assertThat(SourceOrder.interleaveHosts(sources)).extracting(Source::id)
                .containsExactly("a1", "b1", "c1", "f1", "a2", "c2", "f2", "a3");
    }
}
