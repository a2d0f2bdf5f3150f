package org.casewatch.pipeline;

/** A kind of message the database says is due at some time: reminders, digests, operator notices. */
public interface DueMessages {

    /** Queues whatever is due now; each at most once however often this runs. @return how many were queued */
    int queueDue();
}
