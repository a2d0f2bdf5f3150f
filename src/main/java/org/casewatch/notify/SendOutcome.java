package org.casewatch.notify;

/** What happened to one message handed to a mailer. */
public sealed interface SendOutcome {

    /** Accepted by the relay, or written where mail clients can open it. */
    record Sent(String where) implements SendOutcome {
    }

    /** Not delivered now (relay down, timeout, 4xx): try again later. */
    record RetryLater(String reason) implements SendOutcome {
    }

    /** Refused for good (5xx for this recipient, invalid address): retrying cannot help. */
    record Rejected(String reason) implements SendOutcome {
    }
}
