package org.casewatch.pipeline;

import org.casewatch.model.CycleReport;

/** What the daemon's ticker runs: one cycle at a time, and a way to stop starting new work. */
public interface Cycle {

    /** @param everySource poll every enabled source now, not only those whose next poll is due */
    CycleReport run(boolean everySource);

    /** Stops starting new sources; the cycle in progress finishes those already running. */
    void stop();
}
