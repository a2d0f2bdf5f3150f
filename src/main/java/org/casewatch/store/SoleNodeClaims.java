package org.casewatch.store;

import java.time.Instant;
import java.util.List;

/**
 * The claims of a node alone with its database (SQLite, one machine): every piece of work is its own, and nothing is
 * written to say so. The single writer already keeps two cycles from doing one piece of work twice.
 */
public final class SoleNodeClaims implements Claims {

    private final OutboxRepository outbox;

    public SoleNodeClaims(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    public boolean claimSource(String sourceId, Instant dueBy, Instant now) {
        return true;
    }

    @Override
    public boolean holdsSource(String sourceId, Instant now) {
        return true;
    }

    @Override
    public List<QueuedMessage> claimMessages(Instant now, int limit) {
        return outbox.due(now, limit);
    }

    @Override
    public boolean holdsMessage(long id, Instant now) {
        return true;
    }

    @Override
    public boolean claimTask(String task, Instant now) {
        return true;
    }

    @Override
    public void releaseTask(String task) {
        // nothing was written
    }

    @Override
    public void checkIn(Instant now) {
        // nobody else to tell
    }

    @Override
    public void leave(Instant now) {
        // nothing is held
    }
}
