/**
 * The domain-event seam. Features describe what happened as records in their own package
 * ({@code FilingSubmitted}, {@code ClaimDecided} …) and write them with the change through
 * {@link cn.baiyun.hte.platform.events.Outbox}, in the same single-document update; listeners
 * ({@link cn.baiyun.hte.platform.events.DomainEventListener}: the audit trail, later notices and webhooks)
 * receive them at least once, and a lease-holding sweeper delivers what a crash left behind. It knows no
 * feature and no listener.
 */
package cn.baiyun.hte.platform.events;
