package cn.baiyun.hte.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a stored document whose changes carry their events in the document itself (written through
 * {@link Outbox}), so that {@link OutboxSweeper} knows which collections to look at after a crash and
 * the field {@value Outbox#PENDING_EVENTS} gets its index.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithOutbox {
}
