package cn.baiyun.hte.notification;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import reactor.core.publisher.Mono;

/**
 * The number of unread notices for the header, on every page of a signed-in reader: one count on an index,
 * capped ({@link NoticeService#COUNT_CAP}), kept a few seconds ({@link UnreadCounts}). Anonymous readers
 * cost nothing; API answers have no header.
 */
@ControllerAdvice(annotations = PageController.class)
class UnreadNoticesAdvice {

    private final NoticeService notices;

    UnreadNoticesAdvice(NoticeService notices) {
        this.notices = notices;
    }

    @ModelAttribute("unreadNotices")
    Mono<Long> unreadNotices(PortalUser user) {
        return user == null || user.client() ? Mono.just(0L) : notices.unreadCount(user);
    }
}
