package org.casewatch.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Resolves relative links against the document's address. */
final class Links {

    private Links() {
    }

    static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return "";
        }
        String trimmed = link.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.isAbsolute()) {
                return trimmed;
            }
            return new URI(base).resolve(uri).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return trimmed.toLowerCase(Locale.ROOT).startsWith("http") ? trimmed : "";
        }
    }
}
