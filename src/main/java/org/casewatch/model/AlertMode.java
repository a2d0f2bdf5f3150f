package org.casewatch.model;

/** When a staff member hears about new mentions: at once, or not at all. */
public enum AlertMode {
    IMMEDIATE, OFF
}
