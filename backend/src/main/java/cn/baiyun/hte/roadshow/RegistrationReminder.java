package cn.baiyun.hte.roadshow;

import cn.baiyun.hte.platform.events.EventHeader;

/** The day before the event: when and where, for a firm holding a seat. */
public record RegistrationReminder(EventHeader header, String roadshowId, String titleZh, String titleEn, String startsAt, String place) implements EventScheduleNotice {

    public static final String TYPE = "roadshow.registration.reminded";

    @Override
    public String noticeKey() {
        return "roadshow.notice.reminder";
    }
}
