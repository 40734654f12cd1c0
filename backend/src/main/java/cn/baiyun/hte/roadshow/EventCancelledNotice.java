package cn.baiyun.hte.roadshow;

import java.util.List;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.NoticeToFirm;

/** An event the firm registered for was cancelled, with the organisers' reason. */
public record EventCancelledNotice(EventHeader header, String roadshowId, String titleZh, String titleEn, String note) implements NoticeToFirm {

    public static final String TYPE = "roadshow.registration.event-cancelled";

    @Override
    public String noticeKey() {
        return "roadshow.notice.event-cancelled";
    }

    @Override
    public List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.of(titleZh, titleEn), NoticeArgument.of(note == null ? "" : note));
    }

    @Override
    public String noticeLink() {
        return RoadshowLinks.event(roadshowId);
    }

    @Override
    public String reason() {
        return note;
    }
}
