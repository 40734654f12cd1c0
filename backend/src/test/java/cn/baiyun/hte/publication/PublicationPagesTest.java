package cn.baiyun.hte.publication;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.UploadRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.session.data.mongo.ReactiveMongoSessionRepository;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

@PortalIntegrationTest
class PublicationPagesTest {

    @Autowired
    WebTestClient web;
    @Autowired
    Publications publications;
    @Autowired
    ReactiveMongoTemplate mongo;

    Principals reviewer = Principals.reviewer();

    @Test
    void anonymousVisitorsReadPublishedItemsInBothLanguagesWithoutASession() {
        String marker = Publications.marker();
        Announcement announcement = publications.publishedAnnouncement(reviewer.user(), marker + " 截止提醒");
        Policy policy = publications.publishedPolicy(reviewer.user(), marker + " 培育方案", "高新技术企业");
        long sessions = sessions();

        assertThat(page("/announcements?q=" + marker)).contains(marker + " 截止提醒").contains("截止提醒")
                .contains("发布日期");
        assertThat(page("/announcements/" + announcement.id())).contains("<p>第一段。</p>").contains("<p>第二段。</p>");
        assertThat(page("/announcements/" + announcement.id() + "?lang=en")).contains("Notice " + marker)
                .contains("<p>First paragraph.</p>").contains("Published on");
        assertThat(page("/policies?tag=高新技术企业&q=" + marker)).contains(marker + " 培育方案");
        assertThat(page("/policies/" + policy.id())).contains("筑府办函〔2022〕24号").contains("下载 PDF 原文");
        assertThat(page("/policies/" + policy.id() + "?lang=en")).contains("There is no English version");
        web.get().uri("/policies/{id}/document", policy.id()).exchange().expectStatus().isOk()
                .expectCookie().doesNotExist("SESSION");
        assertThat(page("/")).contains("最新通知公告");

        assertThat(sessions()).isEqualTo(sessions);
    }

    @Test
    void aDraftIsNotFoundForVisitorsAndMarkedForReviewers() {
        Announcement draft = publications.draftAnnouncement(reviewer.user(), Publications.marker() + " 草稿");
        Policy policyDraft = publications.draftPolicy(reviewer.user(), Publications.marker() + " 政策草稿");

        web.get().uri("/announcements/{id}", draft.id()).exchange().expectStatus().isNotFound();
        web.get().uri("/policies/{id}", policyDraft.id()).exchange().expectStatus().isNotFound();
        web.get().uri("/policies/{id}/document", policyDraft.id()).exchange().expectStatus().isNotFound();
        web.mutateWith(Principals.firmUser("firm").session()).get().uri("/announcements/{id}", draft.id()).exchange()
                .expectStatus().isNotFound();

        String shown = asReviewer().get().uri("/announcements/{id}", draft.id()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(shown).contains("这是草稿").contains("发布").contains("/reviewer/announcements/" + draft.id() + "/publication");

        // Only reviewers, who see drafts, may filter the lists by status.
        for (String list : new String[] {"/announcements", "/policies"}) {
            assertThat(asReviewer().get().uri(list + "?status=DRAFT").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody())
                    .contains("id=\"f-status\"", "<a href=\"" + list + "\">");
            assertThat(page(list)).doesNotContain("id=\"f-status\"").contains("<a href=\"" + list + "\">");
        }
        assertThat(asReviewer().get().uri("/announcements?status=DRAFT").exchange().expectBody(String.class)
                .returnResult().getResponseBody()).contains(draft.titleZh());
    }

    @Test
    void aReviewerDraftsPublishesAndWithdrawsAnAnnouncementThroughThePages() {
        String title = Publications.marker() + " 经验做法：工信局联合走访";
        String location = asReviewer().mutateWith(csrf()).post().uri("/reviewer/announcements/new")
                .body(BodyInserters.fromFormData("titleZh", title).with("category", "GOOD_PRACTICE")
                        .with("bodyZh", "第一段 <script>alert(1)</script>\n\n第二段"))
                .exchange().expectStatus().is3xxRedirection()
                .returnResult(String.class).getResponseHeaders().getLocation().getPath();
        String id = location.substring(location.lastIndexOf('/') + 1);

        assertThat(page("/announcements?q=" + title.substring(0, 9))).doesNotContain(title);
        asReviewer().mutateWith(csrf()).post().uri("/reviewer/announcements/{id}/publication", id).exchange()
                .expectStatus().is3xxRedirection();
        String published = page("/announcements/" + id);
        assertThat(published).contains(title).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");

        asReviewer().mutateWith(csrf()).post().uri("/reviewer/announcements/{id}/withdrawal", id).exchange()
                .expectStatus().is3xxRedirection();
        web.get().uri("/announcements/{id}", id).exchange().expectStatus().isNotFound();
        String again = asReviewer().mutateWith(csrf()).post().uri("/reviewer/announcements/{id}/withdrawal", id)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(again).contains("error-summary").contains("尚未发布，无法撤回");
    }

    @Test
    void badInputShowsEachMistakeInlineAndSavesNothing() {
        String form = asReviewer().mutateWith(csrf()).post().uri("/reviewer/announcements/new")
                .body(BodyInserters.fromFormData("titleZh", "").with("category", "NOPE").with("bodyZh", ""))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(form).contains("error-summary").contains("href=\"#f-titleZh\"").contains("href=\"#f-category\"")
                .contains("href=\"#f-bodyZh\"").contains("此项为必填项");

        String list = page("/announcements?q=" + "长".repeat(51));
        assertThat(list).contains("error-summary").contains("最多 50 个字符");
    }

    @Test
    void aPolicyFormRefusesAFileThatIsNoPdfInline() {
        String title = Publications.marker() + " 非 PDF";
        String form = UploadRequest.file("scan.pdf", TestFiles.png()).field("titleZh", title)
                .field("issuerZh", "区科技局").field("documentNumber", "白科通〔2026〕1号").field("issuedOn", "2026-01-05")
                .field("summaryZh", "摘要").postTo(asReviewer().mutateWith(csrf()).post().uri("/reviewer/policies/new"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(form).contains("政策文件须为 PDF 格式").contains("value=\"" + title + "\"");
        assertThat(asReviewer().get().uri("/policies?q={q}", title).exchange().expectBody(String.class)
                .returnResult().getResponseBody()).contains("没有符合条件的内容");
    }

    @Test
    void theManagementFormsAreForReviewersOnly() {
        web.mutateWith(Principals.firmUser("firm").session()).get().uri("/reviewer/announcements/new").exchange()
                .expectStatus().isForbidden();
        web.mutateWith(Principals.department("金融办").session()).get().uri("/reviewer/policies/new").exchange()
                .expectStatus().isForbidden();
        web.get().uri("/reviewer/policies/new").exchange().expectStatus().isFound();
        assertThat(asReviewer().get().uri("/reviewer/policies/new").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"");
    }

    private String page(String uri) {
        return web.get().uri(uri).exchange().expectStatus().isOk().expectCookie().doesNotExist("SESSION")
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient asReviewer() {
        return web.mutateWith(reviewer.session());
    }

    private long sessions() {
        return mongo.count(new Query(), ReactiveMongoSessionRepository.DEFAULT_COLLECTION_NAME).block();
    }
}
