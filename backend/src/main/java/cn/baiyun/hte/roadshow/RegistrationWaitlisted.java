package cn.baiyun.hte.roadshow;

import java.util.List;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.NoticeToFirm;

/** A sign-up found no free seat and waits at this position. */
public record RegistrationWaitlisted(EventHeader header, String roadshowId, String titleZh, String titleEn, int position) implements NoticeToFirm {

    public static final String TYPE = "roadshow.registration.waitlisted";

    @Override
    public String noticeKey() {
        return "roadshow.notice.waitlisted";
    }

    @Override
    public List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.of(titleZh, titleEn), NoticeArgument.of(Integer.toString(position)));
    }

    @Override
    public String noticeLink() {
        return RoadshowLinks.event(roadshowId);
    }
}
