package org.casewatch.model;

/** Who may learn about a person's case: anyone we write to, or the organisation's own staff only. */
public enum Visibility {
    PUBLIC, INTERNAL
}
