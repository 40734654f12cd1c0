package cn.baiyun.hte.roadshow;

import java.util.List;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.NoticeToFirm;

/** The time or place of an event the firm registered for changed. */
public record EventChangedNotice(EventHeader header, String roadshowId, String titleZh, String titleEn, String startsAt, String place) implements NoticeToFirm {

    public static final String TYPE = "roadshow.registration.event-changed";

    @Override
    public String noticeKey() {
        return "roadshow.notice.event-changed";
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
