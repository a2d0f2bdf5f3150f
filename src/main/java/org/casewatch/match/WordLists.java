package org.casewatch.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists in skeleton spelling: ordinary words that must not be taken for a surname on their own, place
 * names, common given names, which mark the surname after them as someone else's, and the spellings of one
 * given name that the press uses in different languages (Oleg, Oleh, Алег).
 */
final class WordLists {

    private static final Set<String> COMMON = load("common-words.txt");
    private static final Set<String> GIVEN_NAMES = load("given-names.txt");
    private static final Set<String> PLACES = load("place-names.txt");
    private static final Map<String, Set<String>> VARIANTS = loadGroups("given-name-variants.txt");
    /** The shortest given name a compound name may end with: Zhan+bolat, Жан+даулет. */
    private static final int COMPOUND_TAIL = 4;

    private WordLists() {
    }

    static boolean isOrdinaryWord(String skeleton) {
        return COMMON.contains(skeleton);
    }

    static boolean isGivenName(String skeleton) {
        return GIVEN_NAMES.contains(skeleton);
    }

    /**
     * Whether the word is a common given name or looks like one: Kazakh compounds two names or a name and a
     * prefix (Zhanbolat, Жандаулет, Nurbolat), so a word ending in a known name of four letters or more
     * after a syllable or two is taken for one.
     */
    static boolean looksLikeGivenName(String skeleton) {
        if (GIVEN_NAMES.contains(skeleton)) {
            return true;
        }
        for (int i = 2; i <= 4 && skeleton.length() - i >= COMPOUND_TAIL; i++) {
            if (GIVEN_NAMES.contains(skeleton.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word names a city, region or river that is also someone's surname (Altai, Aral, Taraz). */
    static boolean isPlaceName(String skeleton) {
        return PLACES.contains(skeleton);
    }

    /** The other spellings of a given name, in skeleton spelling; empty when the list has none. */
    static Set<String> givenNameVariants(String skeleton) {
        return VARIANTS.getOrDefault(skeleton, Set.of());
    }

    private static Map<String, Set<String>> loadGroups(String resource) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (String line : lines(resource)) {
            Set<String> group = new HashSet<>();
            for (String word : line.strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    group.add(Skeleton.of(word));
                }
            }
            for (String member : group) {
                Set<String> others = groups.computeIfAbsent(member, m -> new HashSet<>());
                others.addAll(group);
                others.remove(member);
            }
        }
        Map<String, Set<String>> out = new HashMap<>();
        groups.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return Map.copyOf(out);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : lines(resource)) {
            for (String word : line.strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(Skeleton.of(word));
                }
            }
        }
        return Set.copyOf(words);
    }

    /** The lines of a resource that are not comments. */
    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("match: cannot read " + resource, e);
        }
        return out;
    }
}
