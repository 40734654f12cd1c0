/**
 * Leases: the one way scheduled and background work runs once across replicas (a conditional upsert on a
 * document per piece of work, with an owner and an expiry; {@link cn.baiyun.hte.platform.lease.Leases}). The
 * assessment run holds one while it runs; the scheduled passes (the watch for interrupted runs, the session purge,
 * the outbox sweep, the orphan chunk sweep, the roadshow repairs and reminders) take one for their interval, so
 * each runs once per interval across replicas; nothing uses an in-memory lock for this. Mail jobs are claimed one
 * by one the same way, on their own documents.
 */
package cn.baiyun.hte.platform.lease;
