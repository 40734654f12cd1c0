package cn.baiyun.hte.filing;

import java.time.Duration;
import java.util.Map;

import cn.baiyun.hte.filing.evidence.EvidenceService;
import cn.baiyun.hte.filing.evidence.UploadFields;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/** Reviewers find submitted filings, read them with the counted figures, and return or accept them. */
@PortalIntegrationTest
class ReviewPagesTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    FilingPageFixtures filings;
    @Autowired
    EvidenceService evidence;

    Principals reviewer = Principals.reviewer();
    Principals member;
    String firm;
    String review;

    @BeforeEach
    void aSubmittedFiling() {
        member = Principals.firmUser("reviewed");
        firm = firms.approvedFirm(member, "审核页面测试公司");
        filings.submitted(member, firm);
        review = "/reviewer/filings/" + firm + "/" + filings.year();
    }

    @Test
    void theListShowsSubmittedFilingsWithTheFirmAndFiltersThem() {
        String list = get("/reviewer/filings?status=SUBMITTED&enterpriseId=" + firm);
        assertThat(list).contains("审核页面测试公司").contains("href=\"" + review + "\"").contains("已提交")
                .contains("<td>" + filings.stored(firm).reference() + "</td>");

        assertThat(get("/reviewer/filings?status=DRAFT&enterpriseId=" + firm)).contains("没有符合条件的填报。");
        assertThat(get("/reviewer/filings?fiscalYear=" + filings.year() + "&enterpriseId=" + firm + "&lang=en"))
                .contains("Review annual filings").contains("审核页面测试公司");
        assertThat(get("/reviewer/filings?technicalField=1"))
                .containsPattern("<option value=\"1\"\\s+selected=\"selected\">1 电子信息</option>");
    }

    @Test
    void aMistypedYearFilterIsAnInlineMessage() {
        assertThat(get("/reviewer/filings?fiscalYear=abc")).contains("href=\"#f-fiscalYear\"").contains("请输入整数", "value=\"abc\"");
    }

    @Test
    void theDetailShowsEverySectionWithTheCountedTotalsAndItsCommentBoxRightBelowIt() {
        String page = get(review);

        assertThat(page).contains("data-saved=\"rdCounted\">850,000.00<").contains("10,000,000.00 元")
                .contains(filings.stored(firm).reference()).contains("企业尚未为此年度填报上传佐证材料。")
                .containsSubsequence("<h2>财务数据</h2>", "10,000,000.00 元", "对“财务数据”的意见",
                        "name=\"comments[financials]\"", "<h2>研发费用</h2>", "data-saved=\"rdCounted\"",
                        "name=\"comments[rd-spend]\"", "<h2>职工与科技人员</h2>", "name=\"comments[staff]\"",
                        "<h2>安全、质量与环境事件</h2>", "name=\"comments[incidents]\"",
                        "<h2>创新能力自评</h2>", "name=\"comments[self-assessment]\"", "退回修改</button>",
                        "name=\"confirmed\"", "通过审核</button>");
    }

    @Test
    void theDetailListsTheEvidenceAttachedToTheFilingByNameAndKind() {
        Principals other = Principals.firmUser("evidenced");
        String otherFirm = firms.approvedFirm(other, "佐证材料审核测试公司");
        filings.complete(other, otherFirm);
        byte[] pdf = TestFiles.pdf(1_000);
        evidence.upload(other.user(), otherFirm, new UploadFields("RD_AUDIT_REPORT", String.valueOf(filings.year()),
                        null, "研发费用专项审计报告.pdf"), Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(pdf)))
                .block(Duration.ofSeconds(10));
        filings.submit(other, otherFirm);

        String page = get("/reviewer/filings/" + otherFirm + "/" + filings.year());

        assertThat(page).contains("佐证材料").contains("研发费用专项审计报告.pdf").contains("研发费用专项审计报告<")
                .containsPattern("href=\"/firms/" + otherFirm + "/documents/[0-9a-f]{24}/content\"")
                .doesNotContain("RD_AUDIT_REPORT").doesNotContain("企业尚未为此年度填报上传佐证材料。");
        assertThat(page.replaceAll("(href|action)=\"[^\"]*\"", "")).as("no ObjectId shown as text")
                .doesNotContainPattern("[0-9a-f]{24}");
    }

    @Test
    void returningWithACommentOnOneSectionSendsOnlyThatSectionBack() {
        long version = filings.stored(firm).version();

        post(review + "/return", Map.of("version", String.valueOf(version),
                "comments[rd-spend]", "请补充委托研发合同金额", "comments[staff]", "  "))
                .expectStatus().isSeeOther().expectHeader().valueEquals("Location", review + "?returned");

        Filing returned = filings.stored(firm);
        assertThat(returned.status()).isEqualTo(FilingStatus.RETURNED);
        assertThat(returned.returnComments()).containsOnly(Map.entry(FilingSection.RD_SPEND, "请补充委托研发合同金额"));
        assertThat(get(review + "?returned")).contains("已退回企业修改。").contains("只有已提交的填报可以审核");
    }

    @Test
    void returningWithoutAnyCommentIsRefusedInline() {
        Filing before = filings.stored(firm);

        String page = postPage(review + "/return", Map.of("version", String.valueOf(before.version())));

        assertThat(page).contains("退回意见：请至少对一个部分填写退回意见").contains("href=\"#f-comments\"");
        assertThat(filings.stored(firm)).isEqualTo(before);
    }

    @Test
    void overlongCommentsAreRefusedTogetherEachNamingItsSection() {
        Filing before = filings.stored(firm);
        Map<String, String> form = Map.of("version", String.valueOf(before.version()),
                "comments[financials]", "长".repeat(1001), "comments[staff]", "长".repeat(1001));

        assertThat(postPage(review + "/return", form)).contains("对“财务数据”的意见：不能超过 1,000 个字符",
                "对“职工与科技人员”的意见：不能超过 1,000 个字符");
        assertThat(postPage(review + "/return?lang=en", form))
                .contains("Comment on &quot;Financials&quot;: At most 1,000 characters",
                        "Comment on &quot;Staff and S&amp;T staff&quot;: At most 1,000 characters");
        assertThat(filings.stored(firm)).isEqualTo(before);
    }

    @Test
    void acceptingLocksTheFiling() {
        long version = filings.stored(firm).version();

        post(review + "/acceptance", Map.of("version", String.valueOf(version), "confirmed", "true"))
                .expectStatus().isSeeOther().expectHeader().valueEquals("Location", review + "?accepted");

        assertThat(filings.stored(firm).status()).isEqualTo(FilingStatus.ACCEPTED);
    }

    @Test
    void acceptingWithoutTheConfirmationIsRefusedNextToItsBoxAndChangesNothing() {
        Filing before = filings.stored(firm);

        String page = postPage(review + "/acceptance", Map.of("version", String.valueOf(before.version())));

        assertThat(page).contains("请先勾选确认，再通过审核").contains("href=\"#f-confirmed\"")
                .contains("id=\"f-confirmed-error\"");
        assertThat(filings.stored(firm)).isEqualTo(before);
    }

    @Test
    void aStaleAcceptanceShowsTheConflictAndChangesNothing() {
        Filing before = filings.stored(firm);

        String page = postPage(review + "/acceptance", Map.of("version", String.valueOf(before.version() - 1),
                "confirmed", "true"));

        assertThat(page).contains("其他人已保存了新的修改");
        assertThat(filings.stored(firm)).isEqualTo(before);
    }

    private String get(String path) {
        return web.mutateWith(reviewer.session()).get().uri(path).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private String postPage(String path, Map<String, String> fields) {
        return post(path, fields).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return web.mutateWith(reviewer.session()).mutateWith(csrf()).post().uri(path)
                .body(BodyInserters.fromFormData(form)).exchange();
    }
}
