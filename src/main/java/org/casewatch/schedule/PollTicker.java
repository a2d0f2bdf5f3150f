package org.casewatch.schedule;

import org.casewatch.pipeline.Cycle;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

import java.time.Duration;
import java.util.Properties;

/**
 * Runs {@link PollJob} every tick with Quartz's in-memory job store. Closing stops new sources from
 * starting, waits for the cycle in progress to finish, and only then returns.
 */
public final class PollTicker implements AutoCloseable {

    private final Cycle cycle;
    private final Scheduler scheduler;
    private final Duration tick;

    public PollTicker(Cycle cycle, Duration tick) {
        this.cycle = cycle;
        this.tick = tick;
        try {
            this.scheduler = new StdSchedulerFactory(properties()).getScheduler();
            scheduler.getContext().put(PollJob.CYCLE, cycle);
        } catch (SchedulerException e) {
            throw new IllegalStateException("schedule: cannot create the Quartz scheduler: " + e.getMessage(), e);
        }
    }

    private static Properties properties() {
        Properties p = new Properties();
        p.put("org.quartz.scheduler.instanceName", "casewatch");
        p.put("org.quartz.scheduler.skipUpdateCheck", "true");
        p.put("org.quartz.threadPool.threadCount", "1");
        p.put("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        return p;
    }

    public void start() {
        JobDetail job = JobBuilder.newJob(PollJob.class).withIdentity("poll").build();
        // A tick missed while a long cycle ran is simply skipped: the next one sees everything that is due.
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity("tick").startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(tick.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        try {
            scheduler.scheduleJob(job, trigger);
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("schedule: cannot start the Quartz scheduler: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        cycle.stop();
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("schedule: cannot stop the Quartz scheduler: " + e.getMessage(), e);
        }
    }
}
