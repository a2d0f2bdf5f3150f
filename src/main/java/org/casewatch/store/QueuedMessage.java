package org.casewatch.store;

import org.casewatch.model.OutgoingMessage;

/** A message in the outbox that is due for (another) delivery attempt. */
public record QueuedMessage(long id, OutgoingMessage message, int attempts) {
}
