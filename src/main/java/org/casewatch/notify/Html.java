package org.casewatch.notify;

import java.util.Locale;

/** The rule that only http(s) links become clickable in emails (no javascript:, data:, file:...). */
final class Html {

    private Html() {
    }

    static boolean isWebLink(String link) {
        String lower = link.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
