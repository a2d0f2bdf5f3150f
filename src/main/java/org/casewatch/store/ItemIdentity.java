package org.casewatch.store;

import org.casewatch.model.Item;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How an item is recognised when seen again: by the source's guid or its canonical link, and by a hash of
 * its normalised text, so a feed that changes guids or tracking parameters does not alert twice. The text
 * judges only where there is enough of it to tell articles apart: items that share a generic headline
 * ("Новости", "Press release") and carry little else are told apart by their guid and link alone.
 */
public final class ItemIdentity {

    /** Runs of whitespace (as {@code \\s+}: ASCII only, so hashes stored by earlier versions stay valid). */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Words of summary an item needs before its text may mark it as a re-post. A headline with a line of
     * teaser is not enough: court and parliament pages title every item alike, and headline-only feeds
     * (issue 11: 24 of 186 articles lost under "Hot topics:") repeat one headline for different articles.
     */
    static final int MIN_SUMMARY_WORDS = 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ItemIdentity() {
    }

    /** Whether the item carries enough text of its own (beyond its headline) for its hash to identify it. */
    public static boolean textIdentifies(Item item) {
        return WORD.matcher(item.summary()).results().limit(MIN_SUMMARY_WORDS).count() >= MIN_SUMMARY_WORDS;
    }

    /** The guid when the source gives one, otherwise the canonical link, otherwise the content hash. */
    public static String key(Item item) {
        if (!item.guid().isBlank()) {
            return "guid:" + item.guid();
        }
        String link = canonicalLink(item.link());
        return link.isEmpty() ? "hash:" + contentHash(item) : "link:" + link;
    }

    /** Lower-case scheme and host, no default port, no fragment, no utm_* or similar tracking parameters. */
    public static String canonicalLink(String link) {
        if (link == null || link.isBlank()) {
            return "";
        }
        try {
            URI uri = new URI(link.strip());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                return link.strip();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !isTracking(p)).sorted().collect(Collectors.joining("&"));
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return link.strip();
        }
    }

    private static boolean isTracking(String param) {
        String name = param.toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.startsWith("fbclid=") || name.startsWith("gclid=")
                || name.startsWith("yclid=") || name.isEmpty();
    }

    /** SHA-256 of the title and summary with case and whitespace folded. */
    public static String contentHash(Item item) {
        String normal = SPACES.matcher((item.title() + "\n" + item.summary()).toLowerCase(Locale.ROOT)).replaceAll(" ")
                .strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
