package cn.baiyun.hte.platform.events;

import reactor.core.publisher.Mono;

/**
 * Reacts to domain events, e.g. the audit trail. A plain reactive interface rather than Spring's
 * application events: those are delivered synchronously and cannot wait for the listener's own database
 * write, and the outbox must know that every listener finished before it drops an event. A listener may
 * see an event more than once (after a crash, or a retry): it must make the second time harmless.
 */
public interface DomainEventListener {

    Mono<Void> on(DomainEvent event);
}
