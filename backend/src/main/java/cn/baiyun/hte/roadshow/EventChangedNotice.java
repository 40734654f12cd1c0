package cn.baiyun.hte.roadshow;

import cn.baiyun.hte.platform.events.EventHeader;

/** The time or place of an event the firm registered for changed. */
public record EventChangedNotice(EventHeader header, String roadshowId, String titleZh, String titleEn, String startsAt, String place) implements EventScheduleNotice {

    public static final String TYPE = "roadshow.registration.event-changed";

    @Override
    public String noticeKey() {
        return "roadshow.notice.event-changed";
    }
}
