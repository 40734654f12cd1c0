package cn.baiyun.hte.filing;

import java.util.Map;

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
    void theCheckPageSubmitsACompleteFiling() {
        Filing complete = filings.complete(member, firm);

        String check = get(filing + "/check");
        assertThat(check).contains("10,000,000.00 元").contains("href=\"" + filing + "/staff\"").contains("提交填报");

        post(filing + "/check", Map.of("version", String.valueOf(complete.version())))
                .expectStatus().isSeeOther().expectHeader().valueEquals("Location", filing + "?submitted");
        assertThat(filings.stored(firm).status()).isEqualTo(FilingStatus.SUBMITTED);
        assertThat(get(filing + "?submitted")).contains("填报已提交，等待区科技局审核。");
    }

    @Test
    void submittingAnIncompleteFilingListsWhatIsMissingWithLinksToTheSectionPages() {
        filings.draft(member, firm);
        filings.save(member, firm, FilingSection.FINANCIALS,
                new Financials(null, FilingPageFixtures.yuan(1), null, null, null, null, null, null, 12));
        Filing before = filings.stored(firm);

        String page = postPage(filing + "/check", Map.of("version", String.valueOf(before.version())));

        assertThat(page).contains("提交前请修改以下问题")
                .contains("href=\"" + filing + "/financials#f-financials-mainBusinessRevenue\"")
                .contains("主营业务收入：此项为必填项").doesNotContain("· 此项为必填项")
                .contains("href=\"" + filing + "/rd-spend#f-rdSpend\"")
                .contains("此部分尚未填写");
        assertThat(filings.stored(firm)).isEqualTo(before);
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
