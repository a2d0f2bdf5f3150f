package org.casewatch.web;

import org.casewatch.model.Mention;
import org.casewatch.model.Person;
import org.casewatch.store.StoredMention;

import java.util.Locale;

/**
 * A mention as the pages list it: the item, the snippet split around the name, and the rule in the reader's
 * language. {@code link} is empty unless it is http(s), so a hostile feed's {@code javascript:} link never becomes
 * clickable.
 */
public record MentionRow(long id, String personId, String personName, String title, String link, String source,
                         String when, String before, String name, String after, String rule, boolean weak,
                         boolean withdrawn, String reviewedBy) {

    static MentionRow of(StoredMention m, Person person, String sourceName, String when, Texts t) {
        Mention x = m.mention();
        String snippet = x.snippet();
        int from = Math.max(0, Math.min(x.snippetStart(), snippet.length()));
        int to = Math.max(from, Math.min(x.snippetEnd(), snippet.length()));
        return new MentionRow(m.id(), x.personId(), person == null ? x.personId() : person.name(), m.title(),
                webLink(m.link()), sourceName, when, snippet.substring(0, from), snippet.substring(from, to),
                snippet.substring(to), t.rule(x.rule()), weak(x.rule()), m.withdrawn(), m.reviewedBy().orElse(""));
    }

    /**
     * The matcher's weaker rules, which "not this person" is for: a surname alone (unique, or after a full mention)
     * and a one-letter typo.
     */
    static boolean weak(String rule) {
        return rule.startsWith("surname,") || rule.equals("surname") || rule.contains("one-letter typo");
    }

    static String webLink(String link) {
        String lower = link == null ? "" : link.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? link.strip() : "";
    }
}
