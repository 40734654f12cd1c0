package cn.baiyun.hte.pool.cycle;

import java.time.Instant;

/**
 * The progress of a cycle's assessment run, kept on the cycle so that any replica can show it and a
 * run that stopped half-way (the heartbeat went stale) can be claimed and resumed by another.
 *
 * @param heartbeat the last time the running replica reported progress
 */
public record CycleRun(State state, boolean includeSubmitted, long processed, long assessed, long insufficientData,
                       Instant startedAt, Instant heartbeat, Instant finishedAt) {

    public enum State { RUNNING, DONE }
}
