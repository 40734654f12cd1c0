package cn.baiyun.hte.notification;

import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/**
 * The reader's notices, newest first: opening one marks it read and goes where it points; unread ones can be
 * marked read one by one or all at once.
 */
@PageController
class NoticePages {

    static final String LIST = "/notices";
    private static final String PAGE = "notification/notices";

    private final NoticeService notices;
    private final NoticeText text;
    private final ProblemFactory messages;

    NoticePages(NoticeService notices, NoticeText text, ProblemFactory messages) {
        this.notices = notices;
        this.text = text;
        this.messages = messages;
    }

    @GetMapping(LIST)
    Mono<String> list(PortalUser user, @RequestParam(required = false) String cursor, Model model, Locale locale) {
        model.addAttribute("first", cursor == null);
        return notices.page(user, null, cursor)
                .map(page -> {
                    model.addAttribute("notices", page.items().stream()
                            .map(notice -> NoticeResource.of(notice, text, locale)).toList());
                    model.addAttribute("next", page.next());
                    model.addAttribute("errors", FormErrors.none());
                    return PAGE;
                })
                .onErrorResume(FormErrors::shownOnForm, error -> {
                    model.addAttribute("notices", List.of());
                    model.addAttribute("errors", FormErrors.of((PortalException) error, messages, locale));
                    return Mono.just(PAGE);
                });
    }

    /** Opens a notice: marks it read and goes to where it points. */
    @GetMapping(LIST + "/{noticeId}")
    Mono<String> open(PortalUser user, @PathVariable String noticeId) {
        return notices.markRead(user, noticeId).map(notice -> "redirect:" + notice.localLink());
    }

    @PostMapping(LIST + "/{noticeId}/read")
    Mono<String> markRead(PortalUser user, @PathVariable String noticeId) {
        return notices.markRead(user, noticeId).thenReturn("redirect:" + LIST + "?marked");
    }

    @PostMapping(LIST + "/read")
    Mono<String> markAllRead(PortalUser user) {
        return notices.markAllRead(user).thenReturn("redirect:" + LIST + "?all-read");
    }
}
