package cn.baiyun.hte.notification;

import cn.baiyun.hte.filing.FilingReturned;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/me/notices}: the caller's own notices, newest first, read in their language, marked read. */
@PortalIntegrationTest
class NoticeApiTest {

    private static final String NOTICES = "/api/v1/me/notices";

    @Autowired
    WebTestClient web;
    @Autowired
    TestNotices notices;

    @Test
    void listsTheCallersNoticesNewestFirstAPageAtATime() {
        Principals member = Principals.firmUser("member");
        String firm = notices.firmWith(member);
        notices.deliver(notices.returned(firm, 2023));
        notices.deliver(notices.returned(firm, 2024));
        FilingReturned newest = notices.deliver(notices.returned(firm, 2025));

        web.mutateWith(member.bearer()).get().uri(NOTICES + "?limit=2").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].id").isEqualTo(Notice.idOf(newest.header().eventId(), member.user().id()))
                .jsonPath("$.items[0].type").isEqualTo("filing.returned")
                .jsonPath("$.items[0].text").isEqualTo("2025 年度的年度填报被退回修改：1 个部分需要按审核意见修改，改好后请重新提交。")
                .jsonPath("$.items[0].link").isEqualTo("/firms/" + firm + "/filings/2025")
                .jsonPath("$.items[0].readAt").doesNotExist()
                .jsonPath("$.items[1].text").value(text -> assertThat((String) text).startsWith("2024 年度"))
                .jsonPath("$.next").exists();
        String next = web.mutateWith(member.bearer()).get().uri(NOTICES + "?limit=2").exchange()
                .expectBody(NextOnly.class).returnResult().getResponseBody().next();

        web.mutateWith(member.bearer()).get().uri(NOTICES + "?limit=2&cursor={c}", next)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].text").isEqualTo("Your annual filing for 2023 was returned for changes "
                        + "(sections returned: 1): change them as the review comments say and submit it again.")
                .jsonPath("$.next").doesNotExist();
    }

    @Test
    void aBadPageRequestIsAProblemOnItsField() {
        web.mutateWith(Principals.firmUser("member").bearer()).get().uri(NOTICES + "?limit=0&cursor=nope")
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'limit')].code").isEqualTo("paging.limit")
                .jsonPath("$.errors[?(@.field == 'cursor')].code").isEqualTo("paging.cursor");
    }

    @Test
    void marksOneReadThenAllAndOnlyTheCallers() {
        Principals member = Principals.firmUser("member");
        Principals colleague = Principals.firmUser("colleague");
        String firm = notices.firmWith(member, colleague);
        FilingReturned first = notices.deliver(notices.returned(firm, 2024));
        notices.deliver(notices.returned(firm, 2025));
        String firstId = Notice.idOf(first.header().eventId(), member.user().id());

        web.mutateWith(member.bearer()).post().uri(NOTICES + "/{id}/read", firstId).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(firstId)
                .jsonPath("$.readAt").exists();
        // Marked again: the same answer, the time of the first marking kept.
        var readAt = notices.of(member).get(0).readAt();
        web.mutateWith(member.bearer()).post().uri(NOTICES + "/{id}/read", firstId).exchange().expectStatus().isOk();
        assertThat(notices.of(member).get(0).readAt()).isEqualTo(readAt);
        assertThat(notices.of(member)).extracting(Notice::read).containsExactly(true, false);

        web.mutateWith(member.bearer()).post().uri(NOTICES + "/read").exchange().expectStatus().isNoContent();

        assertThat(notices.of(member)).allMatch(Notice::read);
        assertThat(notices.of(colleague)).as("the colleague's own notices stay unread").hasSize(2)
                .noneMatch(Notice::read);
    }

    @Test
    void anotherPersonsNoticeAnswersAsOneThatDoesNotExist() {
        Principals member = Principals.firmUser("member");
        Principals colleague = Principals.firmUser("colleague");
        FilingReturned event = notices.deliver(notices.returned(notices.firmWith(member, colleague), 2025));

        String membersId = Notice.idOf(event.header().eventId(), member.user().id());
        Principals stranger = Principals.firmUser("stranger");
        notices.firmWith(stranger);

        web.mutateWith(colleague.bearer()).post().uri(NOTICES + "/{id}/read", membersId)
                .exchange().expectStatus().isNotFound();
        web.mutateWith(colleague.bearer()).get().uri(NOTICES).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(Notice.idOf(event.header().eventId(), colleague.user().id()));
        web.mutateWith(stranger.bearer()).get().uri(NOTICES).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);

        assertThat(notices.of(member)).noneMatch(Notice::read);
    }

    @Test
    void integrationClientsHaveNoNotices() {
        web.mutateWith(Principals.integrationClient("enterprises:read").bearer()).get().uri(NOTICES).exchange()
                .expectStatus().isForbidden();
    }

    /** Only the page's cursor; the API's bodies refuse unknown fields, so this partial view says it reads just one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NextOnly(String next) {
    }
}
