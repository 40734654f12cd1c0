/**
 * A cycle's assessment run: reads every verified firm's figures through the enterprise, filing and
 * portfolio services in firm order, assembles each firm's engine snapshot and writes the proposals into
 * the cycle's pool entries, resumably and one run at a time. Exposes
 * {@link cn.baiyun.hte.pool.run.AssessmentRunner}, the {@link cn.baiyun.hte.pool.run.SnapshotAssembler} that
 * the self-check shares and the engine's JSON; also serves the stateless assessment preview API.
 */
package cn.baiyun.hte.pool.run;
