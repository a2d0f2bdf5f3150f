package org.casewatch.web;

import org.casewatch.app.Roster;
import org.casewatch.model.Staff;
import org.casewatch.store.WebSession;

/** The staff member signed in on this request, her session, and the session's CSRF token. */
record SignedIn(WebSession session, Roster.Entry entry, String csrf) {

    Staff staff() {
        return entry.effective();
    }

    String email() {
        return entry.effective().email();
    }

    String name() {
        return entry.effective().name();
    }
}
