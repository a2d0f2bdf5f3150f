package org.casewatch.schedule;

import org.casewatch.pipeline.Cycle;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One tick: run a poll cycle for the due sources, then deliver the outbox. Never two at once. */
@DisallowConcurrentExecution
public final class PollJob implements Job {

    static final String CYCLE = "pollCycle";
    private static final Logger LOG = LoggerFactory.getLogger(PollJob.class);

    @Override
    public void execute(JobExecutionContext context) {
        try {
            Cycle cycle = (Cycle) context.getScheduler().getContext().get(CYCLE);
            cycle.run(false);
        } catch (SchedulerException | RuntimeException e) {
            // Caught here, at the job boundary, so one bad tick never stops the ticking.
            LOG.error("cycle_failed error=\"{}\"", e.toString(), e);
        }
    }
}
