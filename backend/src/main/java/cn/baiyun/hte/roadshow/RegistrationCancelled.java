package cn.baiyun.hte.roadshow;

import java.util.List;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.NoticeToFirm;

/** The firm cancelled its registration (its seat or waitlist place goes on to the next firm). */
public record RegistrationCancelled(EventHeader header, String roadshowId, String titleZh, String titleEn) implements NoticeToFirm {

    public static final String TYPE = "roadshow.registration.cancelled";

    @Override
    public String noticeKey() {
        return "roadshow.notice.cancelled";
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
