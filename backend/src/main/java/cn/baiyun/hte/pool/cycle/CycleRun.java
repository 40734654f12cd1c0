package cn.baiyun.hte.pool.cycle;

import java.time.Instant;

/**
 * The progress of a cycle's assessment run, kept on the cycle so that any replica can show it. Which
 * replica runs it is decided by the run's lease ({@code platform.lease}), not by this record: a run that
 * stopped half-way (its process killed, its replica gone) stops reporting, and once its heartbeat is stale
 * it is shown INTERRUPTED ({@code pool.run.InterruptedRuns}) until the next start takes the expired lease
 * and runs it again, which finishes what was left.
 *
 * @param heartbeat the last time the running replica reported progress
 */
public record CycleRun(State state, boolean includeSubmitted, long processed, long assessed, long insufficientData,
                       Instant startedAt, Instant heartbeat, Instant finishedAt) {

    public enum State { RUNNING, DONE, INTERRUPTED }
}
