package org.casewatch.model;

import java.util.Locale;

/** What a hearing decides. */
public enum HearingKind {
    PAROLE, APPEAL, CASSATION, TRIAL, VERDICT, RELEASE, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
