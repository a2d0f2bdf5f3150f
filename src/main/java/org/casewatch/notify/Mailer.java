package org.casewatch.notify;

import org.casewatch.model.OutgoingMessage;

/** Hands a finished message to its transport; never throws for outcomes a relay can produce. */
public interface Mailer {

    SendOutcome send(OutgoingMessage message);

    /** Where mail goes, for summaries: a relay's host or a directory. */
    String destination();
}
