package cn.baiyun.hte.roadshow;

import java.util.List;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.NoticeToFirm;

/** The organisers rejected a pending registration, with their reason, which the firm is told. */
public record RegistrationRejected(EventHeader header, String roadshowId, String titleZh, String titleEn, String note) implements NoticeToFirm {

    public static final String TYPE = "roadshow.registration.rejected";

    @Override
    public String noticeKey() {
        return "roadshow.notice.rejected";
    }

    @Override
    public List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.of(titleZh, titleEn), NoticeArgument.of(note));
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
