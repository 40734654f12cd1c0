package cn.baiyun.hte.pool.cycle;

import java.time.Instant;

/**
 * The progress of a cycle's assessment run, kept on the cycle so that any replica can show it. Which
 * replica runs it is decided by the run's lease ({@code platform.lease}), not by this record: a run that
 * stopped half-way (its process killed, its replica gone) stops reporting, and once its heartbeat is stale
 * it is shown INTERRUPTED ({@code pool.run.InterruptedRuns}) until the next start takes the expired lease
 * and runs it again, which finishes what was left. A run that failed in its process (an error, not a
 * death) is shown FAILED with what went wrong, since running it again helps only once that is put right.
 *
 * @param heartbeat the last time the running replica reported progress
 * @param failure   what went wrong, for a FAILED run (null otherwise)
 */
public record CycleRun(State state, boolean includeSubmitted, long processed, long assessed, long insufficientData,
                       Instant startedAt, Instant heartbeat, Instant finishedAt, Failure failure) {

    public enum State { RUNNING, DONE, INTERRUPTED, FAILED }

    /** What stopped a FAILED run, in terms the reviewer's page explains; the log has the details. */
    public enum Failure {
        /** The database did not answer in time or refused. */
        DATABASE,
        /** A stored record could not be read (data written by hand or by an older version). */
        UNREADABLE_RECORD,
        /** Anything else: a fault of the portal. */
        UNEXPECTED
    }
}
