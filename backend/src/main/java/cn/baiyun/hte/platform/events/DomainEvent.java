package cn.baiyun.hte.platform.events;

import java.util.List;

/**
 * Something that happened in a feature and that other parts of the portal react to (the audit trail,
 * notices, webhooks). Each feature declares its events as records in its own base package, e.g.
 * {@code FilingSubmitted}; the header says who did what to which subject, the record's own components
 * say what else a listener needs. Written with the change that caused it ({@link Outbox}) so it is never
 * lost, and delivered at least once: listeners must be idempotent, keyed by {@link EventHeader#eventId()}.
 */
public interface DomainEvent {

    EventHeader header();

    /** The fields the change altered, from what to what, where a person reading the history needs them. */
    default List<FieldChange> changes() {
        return List.of();
    }

    /** Why the change was made, where the actor gave a reason (e.g. a tier override, a rejection). */
    default String reason() {
        return null;
    }
}
