package cn.baiyun.hte.notification;

import java.util.Locale;

import cn.baiyun.hte.platform.api.NoBody;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The caller's own notices: what the portal told them about their firms. People only; an integration client
 * has none (403). Another person's notice answers 404, as one that does not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/me/notices", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notices", description = "What the portal told the caller about their firms, read and unread")
class NoticeApi {

    private final NoticeService notices;
    private final NoticeText text;

    NoticeApi(NoticeService notices, NoticeText text) {
        this.notices = notices;
        this.text = text;
    }

    @GetMapping
    @Operation(operationId = "listMyNotices", summary = "The caller's notices, newest first, a page at a time")
    Mono<PageOf<NoticeResource>> list(PortalUser user, @RequestParam(required = false) Integer limit,
                                      @RequestParam(required = false) String cursor, Locale locale) {
        return notices.page(user, limit, cursor).map(page -> page.map(notice -> NoticeResource.of(notice, text, locale)));
    }

    @PostMapping("/{noticeId}/read")
    @Operation(operationId = "markMyNoticeRead", summary = "Mark one of the caller's notices read (again: no change)")
    Mono<NoticeResource> markRead(PortalUser user, @PathVariable String noticeId, Locale locale) {
        return notices.markRead(user, noticeId).map(notice -> NoticeResource.of(notice, text, locale));
    }

    @PostMapping(path = "/read", produces = NoBody.PRODUCES)
    @Operation(operationId = "markAllMyNoticesRead", summary = "Mark every unread notice of the caller read",
            responses = @ApiResponse(responseCode = "204", description = "Marked"))
    Mono<ResponseEntity<Void>> markAllRead(PortalUser user) {
        return notices.markAllRead(user).thenReturn(ResponseEntity.noContent().build());
    }
}
