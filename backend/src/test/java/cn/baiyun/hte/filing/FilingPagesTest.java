package cn.baiyun.hte.filing;

import java.util.Map;

import cn.baiyun.hte.platform.time.ShanghaiTime;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/** The firm's filing pages: the list, the task list, amending and submitting from the check page. */
@PortalIntegrationTest
class FilingPagesTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    FilingPageFixtures filings;

    Principals member;
    String firm;
    String filing;

    @BeforeEach
    void aFirmWithAMember() {
        member = Principals.firmUser("filer");
        firm = firms.approvedFirm(member, "填报页面测试公司");
        filing = "/firms/" + firm + "/filings/" + filings.year();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/financials", "/rd-spend", "/staff", "/incidents", "/self-assessment", "/check"})
    void everyPageOfADraftRendersInChineseAndEnglish(String page) {
        filings.draft(member, firm);

        assertThat(get(filing + page)).contains("lang=\"zh-CN\"").contains("填报页面测试公司").contains("返回");
        assertThat(get(filing + page + "?lang=en")).contains("lang=\"en\"").contains("Back to the");
    }

    @Test
    void theTaskListShowsEachSectionsStatusAndOffersTheCheckPageOnlyWhenComplete() {
        filings.draft(member, firm);
        filings.save(member, firm, FilingSection.FINANCIALS, FilingPageFixtures.financials());
        filings.save(member, firm, FilingSection.STAFF, new Staff(Staff.Mode.MONTHLY, null, null, null));

        String page = get(filing);

        assertThat(page).doesNotContain("填报已提交").doesNotContain("已发起更正")
                .contains("已完成").contains("进行中").contains("未开始")
                .contains("href=\"" + filing + "/rd-spend\"").doesNotContain(filing + "/check\"");
    }

    @Test
    void aCompleteDraftLinksToTheCheckPage() {
        filings.complete(member, firm);

        assertThat(get(filing)).contains("href=\"" + filing + "/check\"").contains("检查并提交");
    }

    @Test
    void startingAFilingForAnEndedYearOpensItsTaskList() {
        post("/firms/" + firm + "/filings", Map.of("fiscalYear", String.valueOf(filings.year())))
                .expectStatus().isSeeOther().expectHeader().valueEquals("Location", filing);

        assertThat(filings.stored(firm).status()).isEqualTo(FilingStatus.DRAFT);
        assertThat(get("/firms/" + firm + "/filings")).contains(">" + filings.year() + "</a>").contains("草稿");
    }

    @Test
    void aBadOrDuplicateYearIsShownNextToTheYear() {
        filings.draft(member, firm);
        String list = "/firms/" + firm + "/filings";

        assertThat(postPage(list, Map.of("fiscalYear", "二〇二四"))).contains("href=\"#f-fiscalYear\"")
                .contains("id=\"f-fiscalYear-error\"").contains("请输入整数").contains("value=\"二〇二四\"");
        assertThat(postPage(list, Map.of("fiscalYear", String.valueOf(filings.year() + 1))))
                .contains("id=\"f-fiscalYear-error\"").contains("只能填报已结束的会计年度");
        assertThat(postPage(list, Map.of("fiscalYear", String.valueOf(filings.year()))))
                .contains("id=\"f-fiscalYear-error\"").contains(filings.year() + " 年度的填报已存在");
    }

    @Test
    void theCheckPageSubmitsACompleteFilingWithTheCommitmentAndLeadsToItsReceipt() {
        Filing complete = filings.complete(member, firm);

        String check = get(filing + "/check");
        assertThat(check).contains("10,000,000.00 元").contains("href=\"" + filing + "/staff\"").contains("提交填报")
                .contains("承诺书").contains("真实、准确、完整").contains("name=\"commitment\"")
                .doesNotContain("以下内容完成后才能提交");

        post(filing + "/check", Map.of("version", String.valueOf(complete.version()), "commitment", "true"))
                .expectStatus().isSeeOther().expectHeader().valueEquals("Location", filing + "/receipt?submitted");
        Filing submitted = filings.stored(firm);
        assertThat(submitted.status()).isEqualTo(FilingStatus.SUBMITTED);
        assertThat(submitted.reference()).matches("HTE-" + filings.year() + "-\\d{6}");

        String receipt = get(filing + "/receipt?submitted");
        assertThat(receipt).contains("填报已提交，等待区科技局审核。").contains("提交回执")
                .contains(submitted.reference()).contains("提交时间（北京时间）")
                .contains(new ShanghaiTime().format(submitted.submittedAt())).contains("已提交")
                .contains("data-print").contains("filing-receipt.js");
        assertThat(get(filing + "/receipt")).as("the notice is said once, after the submission")
                .doesNotContain("填报已提交，等待区科技局审核。").contains(submitted.reference());
        assertThat(get(filing)).doesNotContain("填报已提交，等待区科技局审核。")
                .contains("填报正在等待区科技局审核。").contains("href=\"" + filing + "/receipt\"")
                .contains(submitted.reference());
        assertThat(get(filing + "/receipt?lang=en")).contains("Submission receipt").contains("Submitted (Beijing time)");
    }

    @Test
    void submittingWithoutTheCommitmentIsRefusedNextToItsBox() {
        Filing complete = filings.complete(member, firm);

        String page = postPage(filing + "/check", Map.of("version", String.valueOf(complete.version())));

        assertThat(page).contains("提交前请修改以下问题").contains("href=\"#f-commitment\"")
                .contains("id=\"f-commitment-error\"").contains("请阅读承诺书并勾选确认，然后再提交")
                .containsPattern("id=\"f-commitment\"[^>]*aria-invalid=\"true\"");
        assertThat(filings.stored(firm)).isEqualTo(complete);
    }

    @Test
    void aSecondSubmissionFromAnOlderTabIsToldItWasAlreadySubmitted() {
        Filing complete = filings.complete(member, firm);
        Map<String, String> fromTheCheckPage = Map.of("version", String.valueOf(complete.version()), "commitment", "true");
        post(filing + "/check", fromTheCheckPage).expectStatus().isSeeOther();
        Filing submitted = filings.stored(firm);

        String page = postPage(filing + "/check", fromTheCheckPage);

        assertThat(page).contains("已于 " + new ShanghaiTime().format(submitted.submittedAt()) + " 提交")
                .contains(submitted.reference()).contains("无需再次提交").contains("href=\"" + filing + "/receipt\"")
                .doesNotContain("其他人已保存了新的修改").doesNotContain("name=\"commitment\"");
        assertThat(filings.stored(firm)).isEqualTo(submitted);
    }

    @Test
    void theCheckPageSaysWhyASubmittedOrAcceptedFilingCannotBeSubmitted() {
        Filing submitted = filings.submitted(member, firm);
        assertThat(get(filing + "/check")).contains("无需再次提交").contains(submitted.reference())
                .doesNotContain("提交填报</button>");

        Filing accepted = filings.accept(firm);
        assertThat(get(filing + "/check")).contains("通过审核并已锁定")
                .contains(new ShanghaiTime().format(accepted.acceptedAt())).doesNotContain("提交填报</button>");
    }

    @Test
    void theCheckPageOfAnIncompleteFilingListsWhatIsMissingInsteadOfTheSubmitButton() {
        filings.draft(member, firm);
        filings.save(member, firm, FilingSection.FINANCIALS,
                new Financials(null, FilingPageFixtures.yuan(1), null, null, null, null, null, null, 12));

        String page = get(filing + "/check");

        assertThat(page).contains("以下内容完成后才能提交").doesNotContain("role=\"alert\"")
                .contains("href=\"" + filing + "/financials#f-financials-mainBusinessRevenue\"")
                .contains("href=\"" + filing + "/self-assessment#f-selfAssessment\"")
                .doesNotContain("name=\"commitment\"");
    }

    @Test
    void submittingAnIncompleteFilingListsWhatIsMissingWithLinksToTheSectionPages() {
        filings.draft(member, firm);
        filings.save(member, firm, FilingSection.FINANCIALS,
                new Financials(null, FilingPageFixtures.yuan(1), null, null, null, null, null, null, 12));
        Filing before = filings.stored(firm);

        String page = postPage(filing + "/check", Map.of("version", String.valueOf(before.version()),
                "commitment", "true"));

        assertThat(page).contains("提交前请修改以下问题")
                .contains("href=\"" + filing + "/financials#f-financials-mainBusinessRevenue\"")
                .contains("主营业务收入：此项为必填项").doesNotContain("· 此项为必填项")
                .contains("href=\"" + filing + "/rd-spend#f-rdSpend\"")
                .contains("此部分尚未填写");
        assertThat(filings.stored(firm)).isEqualTo(before);
    }

    /** The returned filing could only be resubmitted by typing the check page's address. */
    @Test
    void aReturnedSectionSavedAgainCountsAsCompletedAndTheTaskListLeadsToResubmitting() {
        filings.returned(member, firm, Map.of(FilingSection.FINANCIALS, "请按审计报告口径填写收入总额"));
        String returned = get(filing);
        assertThat(returned).contains("退回修改").doesNotContain(filing + "/check\"");
        assertThat(get(filing + "/check")).contains("此部分被退回修改，请按审核意见修改并保存后再提交")
                .contains("href=\"" + filing + "/financials#f-financials\"").doesNotContain("name=\"commitment\"");

        filings.save(member, firm, FilingSection.FINANCIALS, FilingPageFixtures.financials());

        String corrected = get(filing);
        assertThat(corrected).contains("href=\"" + filing + "/check\"").contains("检查并提交")
                .contains("请按审计报告口径填写收入总额").contains("已按审核意见修改并保存")
                .containsPattern("id=\"status-financials\"[^>]*>已完成<");
        post(filing + "/check", Map.of("version", String.valueOf(filings.stored(firm).version()), "commitment", "true"))
                .expectStatus().isSeeOther();
        assertThat(filings.stored(firm).status()).isEqualTo(FilingStatus.SUBMITTED);
    }

    @Test
    void anAcceptedFilingCanBeAmendedAndKeepsTheAcceptedRevisionReadable() {
        Filing accepted = filings.accepted(member, firm);
        assertThat(get(filing)).contains("已通过审核").contains("发起更正");

        post(filing + "/amendment", Map.of("version", String.valueOf(accepted.version())))
                .expectStatus().isSeeOther().expectHeader().valueEquals("Location", filing + "?amended");

        Filing amended = filings.stored(firm);
        assertThat(amended.status()).isEqualTo(FilingStatus.DRAFT);
        assertThat(amended.revision()).isEqualTo(2);
        assertThat(get(filing)).contains("已通过的历史版本").contains("第 1 版").contains("<details")
                .contains("9,000,000.00 元");
    }

    @Test
    void aStaleAmendmentIsRefusedWithTheConflictMessage() {
        filings.accepted(member, firm);
        Filing accepted = filings.stored(firm);

        String page = postPage(filing + "/amendment", Map.of("version", String.valueOf(accepted.version() - 1)));

        assertThat(page).contains("其他人已保存了新的修改");
        assertThat(filings.stored(firm)).isEqualTo(accepted);
    }

    @Test
    void aReturnedFilingShowsTheCommentAgainstItsSectionButNeverTheReviewer() {
        filings.returned(member, firm, Map.of(FilingSection.RD_SPEND, "请补充委托研发合同金额"));

        String page = get(filing);

        assertThat(page).contains("退回修改").contains("请补充委托研发合同金额")
                .doesNotContain(FilingPageFixtures.REVIEWER.user().username())
                .doesNotContain(FilingPageFixtures.REVIEWER.user().id());
    }

    private String get(String path) {
        return web.mutateWith(member.session()).get().uri(path).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private String postPage(String path, Map<String, String> fields) {
        return post(path, fields).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return web.mutateWith(member.session()).mutateWith(csrf()).post().uri(path)
                .body(BodyInserters.fromFormData(form)).exchange();
    }
}
