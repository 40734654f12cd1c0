package cn.baiyun.hte.roadshow;

import java.util.List;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.NoticeToFirm;

/** The day before the event: when and where, for a firm holding a seat. */
public record RegistrationReminder(EventHeader header, String roadshowId, String titleZh, String titleEn, String startsAt, String place) implements NoticeToFirm {

    public static final String TYPE = "roadshow.registration.reminded";

    @Override
    public String noticeKey() {
        return "roadshow.notice.reminder";
    }

    @Override
    public List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.of(titleZh, titleEn), NoticeArgument.of(startsAt), NoticeArgument.of(place));
    }

    @Override
    public String noticeLink() {
        return RoadshowLinks.event(roadshowId);
    }
}
