package cn.baiyun.hte.roadshow;

import java.util.List;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.NoticeToFirm;

/** A seat freed and went to this firm, the first on the waitlist. */
public record RegistrationPromoted(EventHeader header, String roadshowId, String titleZh, String titleEn, boolean pendingApproval) implements NoticeToFirm {

    public static final String TYPE = "roadshow.registration.promoted";

    @Override
    public String noticeKey() {
        return pendingApproval ? "roadshow.notice.promoted-pending" : "roadshow.notice.promoted";
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
