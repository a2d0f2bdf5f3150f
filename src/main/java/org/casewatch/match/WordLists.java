package org.casewatch.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Word lists in skeleton spelling: ordinary words that must not be taken for a surname on their own, and
 * common given names, which mark the surname after them as someone else's.
 */
final class WordLists {

    private static final Set<String> COMMON = load("common-words.txt");
    private static final Set<String> GIVEN_NAMES = load("given-names.txt");

    private WordLists() {
    }

    static boolean isOrdinaryWord(String skeleton) {
        return COMMON.contains(skeleton);
    }

    static boolean isGivenName(String skeleton) {
        return GIVEN_NAMES.contains(skeleton);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#")) {
                    for (String word : line.strip().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.add(Skeleton.of(word));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("match: cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
