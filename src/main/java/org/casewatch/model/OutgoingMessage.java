package org.casewatch.model;

import java.util.Optional;

/**
 * A composed email waiting in the outbox: subject and both bodies are final, headers already sanitised.
 *
 * @param key      unique per logical message, so the same alert is never queued twice
 * @param calendar an iCalendar (RFC 5545) text to attach, for hearing reminders
 */
public record OutgoingMessage(String key, String recipient, String kind, String subject, String html, String text,
                              Optional<String> calendar) {

    /** A message without a calendar attachment. */
    public OutgoingMessage(String key, String recipient, String kind, String subject, String html, String text) {
        this(key, recipient, kind, subject, html, text, Optional.empty());
    }
}
