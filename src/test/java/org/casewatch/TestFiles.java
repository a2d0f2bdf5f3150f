package org.casewatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes configuration files into a test's casewatch home. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path write(Path home, String path, String text) {
        try {
            Path file = home.resolve(path);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
