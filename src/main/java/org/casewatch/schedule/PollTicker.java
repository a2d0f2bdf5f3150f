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
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Runs {@link PollJob} every tick. On one machine with Quartz's in-memory job store; with several nodes with its
 * clustered JDBC job store on the shared PostgreSQL ({@link SharedStore}): each node's tick is a trigger in the
 * database, fired on one node at a time, and the tick of a node that died goes on firing on the others. The ticks only
 * wake the cycle; which source or message each node takes is claimed in the database. Closing stops new sources from
 * starting, waits for the cycle in progress to finish, and only then returns.
 */
public final class PollTicker implements AutoCloseable {

    /**
     * Quartz's clustered job store on the nodes' shared PostgreSQL.
     *
     * @param node this node's name: its tick is the trigger {@code tick-<node>}, replaced when the node restarts
     */
    public record SharedStore(String jdbcUrl, String username, Optional<String> password, String node) {
    }

    private final Cycle cycle;
    private final Scheduler scheduler;
    private final Duration tick;
    private final String name;

    /** One machine: the in-memory job store. */
    public PollTicker(Cycle cycle, Duration tick) {
        this(cycle, tick, inMemory(), "");
    }

    /** One of several nodes: the clustered JDBC job store. */
    public PollTicker(Cycle cycle, Duration tick, SharedStore store) {
        this(cycle, tick, clustered(store), "-" + store.node());
    }

    private PollTicker(Cycle cycle, Duration tick, Properties properties, String suffix) {
        this.cycle = cycle;
        this.tick = tick;
        this.name = suffix;
        try {
            this.scheduler = new StdSchedulerFactory(properties).getScheduler();
            scheduler.getContext().put(PollJob.CYCLE, cycle);
        } catch (SchedulerException e) {
            throw new IllegalStateException("schedule: cannot create the Quartz scheduler: " + e.getMessage(), e);
        }
    }

    private static Properties inMemory() {
        Properties p = new Properties();
        p.put("org.quartz.scheduler.instanceName", "casewatch");
        p.put("org.quartz.scheduler.skipUpdateCheck", "true");
        p.put("org.quartz.threadPool.threadCount", "1");
        p.put("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        return p;
    }

    private static Properties clustered(SharedStore store) {
        Properties p = new Properties();
        p.put("org.quartz.scheduler.instanceName", "casewatch");
        p.put("org.quartz.scheduler.instanceId", "AUTO");
        p.put("org.quartz.scheduler.skipUpdateCheck", "true");
        p.put("org.quartz.threadPool.threadCount", "1");
        p.put("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.put("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.put("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.put("org.quartz.jobStore.isClustered", "true");
        p.put("org.quartz.jobStore.clusterCheckinInterval", "5000");
        // Triggers are acquired under the database lock, so two nodes never fire the same tick (issues #847/#849 are
        // about what happens when they do; the cycle's claims make even that harmless).
        p.put("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.put("org.quartz.jobStore.misfireThreshold", "10000");
        p.put("org.quartz.jobStore.dataSource", "casewatch");
        p.put("org.quartz.dataSource.casewatch.provider", "hikaricp");
        p.put("org.quartz.dataSource.casewatch.driver", "org.postgresql.Driver");
        p.put("org.quartz.dataSource.casewatch.URL", store.jdbcUrl());
        p.put("org.quartz.dataSource.casewatch.user", store.username());
        p.put("org.quartz.dataSource.casewatch.password", store.password().orElse(""));
        p.put("org.quartz.dataSource.casewatch.maxConnections", "3");
        return p;
    }

    public void start() {
        JobDetail job = JobBuilder.newJob(PollJob.class).withIdentity("poll" + name).storeDurably().build();
        // A tick missed while a long cycle ran is simply skipped: the next one sees everything that is due.
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity("tick" + name).forJob(job).startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(tick.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        try {
            // Replaces this node's job and tick from an earlier run (a clustered store keeps them in the database).
            scheduler.scheduleJob(job, Set.of(trigger), true);
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
