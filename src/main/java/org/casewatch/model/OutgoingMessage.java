package org.casewatch.model;

/**
 * A composed email waiting in the outbox: subject and both bodies are final, headers already sanitised.
 *
 * @param key unique per logical message, so the same alert is never queued twice
 */
public record OutgoingMessage(String key, String recipient, String kind, String subject, String html, String text) {
}
