package cn.baiyun.hte.roadshow;

import java.util.List;

import cn.baiyun.hte.platform.events.NoticeToFirm;

/**
 * A notice that tells a registered firm when and where an event takes place (it changed, or it is tomorrow):
 * the same arguments and link, each event type with its own text.
 */
interface EventScheduleNotice extends NoticeToFirm {

    String roadshowId();

    String titleZh();

    String titleEn();

    String startsAt();

    String place();

    @Override
    default List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.of(titleZh(), titleEn()), NoticeArgument.of(startsAt()), NoticeArgument.of(place()));
    }

    @Override
    default String noticeLink() {
        return RoadshowLinks.event(roadshowId());
    }
}
