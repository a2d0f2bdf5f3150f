package org.casewatch.store;

import java.time.Instant;
import java.util.List;

/**
 * Who does which piece of work when several nodes share one database: each due source is polled, each message
 * delivered and each planning pass run by one node at a time. A claim is a lease that its node renews while it lives
 * ({@link #checkIn}) and that expires when it dies, so another node takes the work over. Before any side effect (storing
 * a poll's items, handing a message to the mail relay) the node checks that it still holds the claim: a node cut off
 * from the database and then back cannot act on work another node took over meanwhile.
 */
public interface Claims {

    /**
     * Claims one source for polling, if it is due by {@code dueBy} and no live node holds it.
     *
     * @return whether this node now holds it
     */
    boolean claimSource(String sourceId, Instant dueBy, Instant now);

    /** Whether this node still holds the source (renewing the lease if so): ask just before storing what it read. */
    boolean holdsSource(String sourceId, Instant now);

    /** Claims up to {@code limit} messages due for delivery, oldest first, that no live node holds. */
    List<QueuedMessage> claimMessages(Instant now, int limit);

    /** Whether this node still holds the message (renewing the claim if so): ask just before handing it to the relay. */
    boolean holdsMessage(long id, Instant now);

    /** Claims a task that one node at a time does for all (e.g. "plan"); false when another live node holds it. */
    boolean claimTask(String task, Instant now);

    /** Releases a task this node finished. */
    void releaseTask(String task);

    /** Renews this node's check-in and every lease it holds; throws when the database cannot be reached. */
    void checkIn(Instant now);

    /** Releases everything this node holds and marks it stopped (a clean shutdown). */
    void leave(Instant now);
}
