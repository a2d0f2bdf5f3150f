package org.casewatch.cli;

import org.casewatch.model.CycleReport;
import org.casewatch.model.SourceOutcome;
import org.casewatch.model.SourceReport;

import java.io.PrintWriter;

/** Prints one cycle's report as the one-screen summary of {@code run --once} and {@code demo}. */
final class CycleSummary {

    private CycleSummary() {
    }

    static void print(CycleReport r, PrintWriter out) {
        out.printf("  sources  %d polled, %d failed, %d not modified%n", r.polled(), r.failed(), r.notModified());
        out.printf("  items    %d new, %d mention%s of watched persons, %d new alert%s%n", r.newItems(), r.mentions(),
                r.mentions() == 1 ? "" : "s", r.queued(), r.queued() == 1 ? "" : "s");
        if (r.reminders() > 0) {
            out.printf("  planned  %d reminder%s, digest%s or notice%s queued%n", r.reminders(),
                    r.reminders() == 1 ? "" : "s", r.reminders() == 1 ? "" : "s", r.reminders() == 1 ? "" : "s");
        }
        out.printf("  emails   %d queued, %d delivered, %d waiting for a retry%s%n", r.alertEmails() + r.reminders(),
                r.delivery().delivered(), r.waiting(),
                r.delivery().rejected() > 0 ? ", " + r.delivery().rejected() + " rejected" : "");
        out.printf("  mail to  %s%n", r.destination());
        for (SourceReport s : r.sources()) {
            if (s.outcome() == SourceOutcome.FAILED) {
                out.printf("  failed   %s: %s%n", s.sourceId(), s.error().orElse(""));
            }
        }
        for (String error : r.delivery().errors()) {
            out.printf("  mail     %s%n", error);
        }
    }
}
