package org.casewatch.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads {@code file:} URLs, for offline samples and tests. The file's modification time plays the role of
 * Last-Modified, so an unchanged file is {@link FetchResult.NotModified} like an unchanged web page.
 */
public final class FileFetcher implements Fetcher {

    private final long maxBytes;

    public FileFetcher(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        Path path;
        try {
            path = Path.of(URI.create(request.url()));
        } catch (IllegalArgumentException e) {
            return FetchResult.Failed.of("not a usable file URL: " + request.url());
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                return FetchResult.Failed.of("file is " + size + " bytes, over the limit of " + maxBytes);
            }
            String modified = DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(Files.getLastModifiedTime(path).toInstant().atOffset(ZoneOffset.UTC));
            if (request.lastModified().filter(modified::equals).isPresent()) {
                return new FetchResult.NotModified();
            }
            return new FetchResult.Fetched(Files.readAllBytes(path), Optional.empty(), Optional.empty(),
                    Optional.of(modified), request.url());
        } catch (NoSuchFileException e) {
            return FetchResult.Failed.of("file not found: " + path);
        } catch (IOException e) {
            return FetchResult.Failed.of("cannot read " + path + ": " + e.getMessage());
        }
    }
}
