package org.casewatch.fetch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FileFetcherTest {

    @TempDir
    Path dir;

    @Test
    void anUnchangedFileIsNotModified() throws IOException {
        Path file = Files.writeString(dir.resolve("feed.xml"), "<rss/>");
        FileFetcher fetcher = new FileFetcher(1024);
        FetchResult first = fetcher.fetch(FetchRequest.plain(file.toUri().toString(), false));
        assertThat(first).isInstanceOf(FetchResult.Fetched.class);
        Optional<String> modified = ((FetchResult.Fetched) first).lastModified();
        FetchRequest again = new FetchRequest(file.toUri().toString(), Optional.empty(), modified, false);
        assertThat(fetcher.fetch(again)).isInstanceOf(FetchResult.NotModified.class);
    }

    @Test
    void missingAndOversizedFilesFail() throws IOException {
        Path big = Files.writeString(dir.resolve("big.xml"), "x".repeat(2048));
        FileFetcher fetcher = new FileFetcher(1024);
        assertThat(fetcher.fetch(FetchRequest.plain(dir.resolve("none.xml").toUri().toString(), false)))
                .isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.reason()).startsWith("file not found"));
        assertThat(fetcher.fetch(FetchRequest.plain(big.toUri().toString(), false)))
                .isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.reason()).contains("over the limit"));
    }
}
