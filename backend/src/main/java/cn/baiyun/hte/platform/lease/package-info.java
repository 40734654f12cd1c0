/**
 * Leases: the one way scheduled and background work runs once across replicas (a conditional upsert on a
 * document per piece of work, with an owner and an expiry; {@link cn.baiyun.hte.platform.lease.Leases}). The
 * assessment run, the watch for interrupted runs, the session purge, the outbox sweep and the orphan chunk sweep
 * take one; nothing uses an in-memory lock for this.
 */
package cn.baiyun.hte.platform.lease;
