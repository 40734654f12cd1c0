package cn.baiyun.hte.roadshow;

import java.util.List;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.NoticeToFirm;

/** A sign-up got a seat: confirmed, or holding its seat until the organisers decide (pendingApproval). */
public record RegistrationConfirmed(EventHeader header, String roadshowId, String titleZh, String titleEn, boolean pendingApproval) implements NoticeToFirm {

    public static final String TYPE = "roadshow.registration.confirmed";

    @Override
    public String noticeKey() {
        return pendingApproval ? "roadshow.notice.pending" : "roadshow.notice.confirmed";
    }

    @Override
    public List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.of(titleZh, titleEn));
    }

    @Override
    public String noticeLink() {
        return RoadshowLinks.event(roadshowId);
    }
}
