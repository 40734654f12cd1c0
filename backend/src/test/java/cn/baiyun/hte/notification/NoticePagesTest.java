package cn.baiyun.hte.notification;

import cn.baiyun.hte.filing.FilingReturned;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/** The notices page and the header's unread count. */
@PortalIntegrationTest
class NoticePagesTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestNotices notices;

    @Test
    void theHeaderCountsTheReadersUnreadNotices() {
        Principals member = Principals.firmUser("member");
        Principals colleague = Principals.firmUser("colleague");
        String firm = notices.firmWith(member, colleague);

        assertThat(page(member, "/")).contains("href=\"/notices\"").doesNotContain("class=\"count\"");

        notices.deliver(notices.returned(firm, 2024));
        FilingReturned second = notices.deliver(notices.returned(firm, 2025));

        assertThat(page(member, "/")).contains("aria-label=\"消息，2 条未读\"").contains(">2</span>");
        assertThat(page(member, "/?lang=en")).contains("aria-label=\"Notices, 2 unread\"");

        web.mutateWith(member.session()).get()
                .uri("/notices/{id}", Notice.idOf(second.header().eventId(), member.user().id())).exchange()
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/firms/" + firm + "/filings/2025");

        assertThat(page(member, "/")).contains("aria-label=\"消息，1 条未读\"");
        assertThat(page(colleague, "/")).as("the colleague's count is theirs").contains("aria-label=\"消息，2 条未读\"");
    }

    @Test
    void countsStopAtNinetyNinePlus() {
        Principals member = Principals.firmUser("member");
        String firm = notices.firmWith(member);
        for (int year = 1900; year < 2000; year++) {
            notices.deliver(notices.returned(firm, year));
        }

        assertThat(page(member, "/")).contains("aria-label=\"消息，99+ 条未读\"").contains(">99+</span>");
    }

    @Test
    void listsTheNoticesNewestFirstInTheReadersLanguage() {
        Principals member = Principals.firmUser("member");
        String firm = notices.firmWith(member);
        notices.deliver(notices.returned(firm, 2024));
        FilingReturned newest = notices.deliver(notices.returned(firm, 2025));
        String newestId = Notice.idOf(newest.header().eventId(), member.user().id());

        String list = page(member, "/notices");
        assertThat(list).contains("<h1>我的消息</h1>").contains("全部标为已读")
                .contains("href=\"/notices/" + newestId + "\"")
                .contains("2025 年度的年度填报被退回修改");
        assertThat(list.indexOf("2025 年度")).isLessThan(list.indexOf("2024 年度"));
        assertThat(page(member, "/notices?lang=en")).contains("<h1>My notices</h1>")
                .contains("Your annual filing for 2025 was returned");
    }

    @Test
    void marksOneThenAllRead() {
        Principals member = Principals.firmUser("member");
        String firm = notices.firmWith(member);
        FilingReturned first = notices.deliver(notices.returned(firm, 2024));
        notices.deliver(notices.returned(firm, 2025));

        web.mutateWith(member.session()).mutateWith(csrf()).post()
                .uri("/notices/{id}/read", Notice.idOf(first.header().eventId(), member.user().id())).exchange()
                .expectStatus().isSeeOther().expectHeader().valueEquals("Location", "/notices?marked");
        assertThat(notices.of(member)).extracting(Notice::read).containsExactly(true, false);
        assertThat(page(member, "/notices?marked")).contains("已将该消息标为已读。");

        web.mutateWith(member.session()).mutateWith(csrf()).post().uri("/notices/read").exchange()
                .expectStatus().isSeeOther().expectHeader().valueEquals("Location", "/notices?all-read");

        assertThat(notices.of(member)).allMatch(Notice::read);
        assertThat(page(member, "/notices?all-read")).contains("已将全部消息标为已读。").doesNotContain("全部标为已读<");
    }

    @Test
    void pagesOlderNoticesAndSaysSoWhenNoneAreLeft() {
        Principals member = Principals.firmUser("member");
        String firm = notices.firmWith(member);
        for (int year = 2000; year <= NoticeService.PAGE_SIZE.standard() + 2000; year++) {
            notices.deliver(notices.returned(firm, year));
        }

        String first = page(member, "/notices");
        assertThat(first).contains("更早的消息").doesNotContain("最新消息<");
        String cursor = first.replaceAll("(?s).*href=\"/notices\\?cursor=([^\"]+)\".*", "$1");
        String second = page(member, "/notices?cursor=" + cursor);
        assertThat(second).contains("2000 年度").doesNotContain("2001 年度").contains("最新消息");
        assertThat(page(member, "/notices?cursor=nope")).contains("分页游标无效");
    }

    private String page(Principals user, String path) {
        return web.mutateWith(user.session()).get().uri(path).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
