package org.casewatch.model;

/** When a staff member hears about new mentions: at once (batched over a short window), daily, or not at all. */
public enum AlertMode {
    IMMEDIATE, DAILY, OFF
}
