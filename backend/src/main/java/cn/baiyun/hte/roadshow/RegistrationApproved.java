package cn.baiyun.hte.roadshow;

import java.util.List;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.NoticeToFirm;

/** The organisers approved a pending registration. */
public record RegistrationApproved(EventHeader header, String roadshowId, String titleZh, String titleEn, String note) implements NoticeToFirm {

    public static final String TYPE = "roadshow.registration.approved";

    @Override
    public String noticeKey() {
        return "roadshow.notice.approved";
    }

    @Override
    public List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.of(titleZh, titleEn));
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
