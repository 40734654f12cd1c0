package cn.baiyun.hte.platform.metrics;

import reactor.core.publisher.Mono;

/**
 * Work that waits in the database for a background job (events not yet delivered, mails not yet sent), shown
 * as the gauge {@code hte.work.waiting} tagged with {@link #kind()}. The count must be cheap (one count on an
 * index): {@link WaitingWorkGauges} asks for it periodically, never per scrape.
 */
public interface WaitingWork {

    /** The gauge's {@code kind} tag, e.g. {@code outbox}. */
    String kind();

    Mono<Long> count();
}
