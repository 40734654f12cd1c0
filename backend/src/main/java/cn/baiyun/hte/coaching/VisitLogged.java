package cn.baiyun.hte.coaching;

import java.time.LocalDate;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/** A reviewer logged a face-to-face visit that took place on {@code visitDate}. */
public record VisitLogged(EventHeader header, LocalDate visitDate) implements DomainEvent {

    public static final String TYPE = "coaching.visit.logged";
}
