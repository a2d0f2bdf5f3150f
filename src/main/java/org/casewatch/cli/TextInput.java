package org.casewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The UTF-8 texts a command reads: the named files, or standard input ("-") when none is named. */
final class TextInput {

    private TextInput() {
    }

    static Map<String, String> read(List<Path> files, InputStream stdin) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        if (files.isEmpty()) {
            texts.put("-", new String(stdin.readAllBytes(), StandardCharsets.UTF_8));
        }
        for (Path file : files) {
            texts.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
