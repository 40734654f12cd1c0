package cn.baiyun.hte.coaching;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

@PortalIntegrationTest
class CoachingPagesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    StoredVisits stored;
    @Autowired
    CoachingService coaching;
    @Autowired
    Clock clock;
    @Autowired
    ReactiveMongoTemplate mongo;

    Principals reviewer = Principals.reviewer();
    Principals member;
    String firm;
    LocalDate today;

    @BeforeEach
    void aFirmWithAMember() {
        member = Principals.firmUser("member");
        firm = firms.approvedFirm(member, "走访页面测试公司");
        today = LocalDate.now(clock);
    }

    @Test
    void aReviewerLogsAVisitOnTheFormAndTheFirmReadsItInChineseOrEnglish() {
        String blank = page(reviewer, "/new");
        assertThat(blank).contains("登记走访").contains("第一梯队辅导重点").contains("研发费用归集").contains("高企成长发展目标")
                .contains("name=\"followUps[1].action\"").contains("for=\"f-followUps-0-owner\"")
                .contains("value=\"" + today + "\"");

        post(reviewer, "/new", visitForm(today.minusDays(2), null)).expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/firms/" + firm + "/coaching?saved");

        CoachingVisit visit = stored.only(firm);
        assertThat(visit.bureauAttendees()).containsExactly("王审核", "刘洋");
        assertThat(visit.firmAttendees()).containsExactly("李明", "陈静");
        assertThat(visit.followUps()).extracting(FollowUp::action).containsExactly("设立研发费用辅助账");
        assertThat(page(reviewer, "?saved")).contains("走访记录已保存。").contains("修改走访记录");
        String asFirm = page(member, "");
        assertThat(asFirm).doesNotContain("走访记录已保存。").contains("王审核、刘洋")
                .contains("设立研发费用辅助账").contains("标记为完成").doesNotContain("/coaching/new")
                .doesNotContain("/edit");
        assertThat(asFirm.replaceAll("<[^>]+>", "")).contains("研发费用归集、申报材料准备");
        assertThat(page(member, "?lang=en")).contains("Face-to-face visits").contains("R&amp;D expense collection")
                .contains("Open follow-ups").contains("lang=\"en\"");
    }

    @Test
    void invalidInputIsShownInlineAndInTheSummaryAndNothingIsStored() {
        MultiValueMap<String, String> form = visitForm(today.minusDays(2), null);
        form.set("visitDate", "2022-13-45");
        form.remove("topics");
        form.set("followUps[1].dueDate", "下周五");

        String page = post(reviewer, "/new", form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(page).contains("存在以下问题").contains("href=\"#f-visitDate\"").contains("value=\"2022-13-45\"")
                .contains("走访日期：格式不正确")
                .contains("href=\"#f-topics\"").contains("辅导内容：请至少选择一项辅导内容")
                .contains("href=\"#f-followUps-1-dueDate\"").contains("跟进事项 2 完成期限：格式不正确")
                .contains("value=\"下周五\"").contains("value=\"设立研发费用辅助账\"");
        assertThat(stored.of(firm)).isEmpty();

        form = visitForm(today, null);
        form.set("bureauAttendees", " \n ");
        form.remove("topics");
        form.set("followUps[0].dueDate", today.minusDays(30).toString());
        form.set("firmAttendees", "李" + "明".repeat(60));
        page = post(reviewer, "/new", form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(page).contains("href=\"#f-bureauAttendees\"").contains("id=\"f-bureauAttendees-error\"").contains("请至少填写一人")
                .contains("href=\"#f-firmAttendees\"").contains("不能超过 50 个字符")
                .contains("href=\"#f-topics\"").contains("请至少选择一项辅导内容")
                .contains("href=\"#f-followUps-0-dueDate\"").contains("不能早于走访日期")
                .contains("name=\"followUps[2].action\"");
        assertThat(stored.of(firm)).isEmpty();
    }

    @Test
    void aReviewerPlansAVisitThatTheFirmSeesAsPlannedUntilItIsRecorded() {
        assertThat(page(reviewer, "/new")).contains("走访日期在今天之后的，记为已安排的走访（最多提前 180 天）");
        MultiValueMap<String, String> plan = visitForm(today.plusDays(181), null);
        String refused = post(reviewer, "/new", plan).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(refused).contains("href=\"#f-visitDate\"")
                .contains("最多提前 180 天安排走访（不晚于 " + today.plusDays(180) + "）")
                .contains("href=\"#f-summary\"").contains("走访情况在走访后填写；安排走访时请留空")
                .contains("href=\"#f-followUps\"").contains("id=\"f-followUps\"")
                .contains("跟进事项在走访时商定，走访后再填写");
        assertThat(stored.of(firm)).isEmpty();

        plan = visitForm(today.plusDays(14), null);
        plan.set("firmAttendees", "");
        plan.set("summary", "");
        plan.set("followUps[0].action", "");
        plan.remove("followUps[0].owner");
        plan.set("followUps[0].dueDate", "");
        post(reviewer, "/new", plan).expectStatus().isSeeOther();

        CoachingVisit visit = stored.only(firm);
        assertThat(visit.visitDate()).isEqualTo(today.plusDays(14));
        assertThat(visit.firmAttendees()).isEmpty();
        String asFirm = page(member, "");
        assertThat(asFirm.replaceAll("<[^>]+>", "")).contains(today.plusDays(14) + " 走访")
                .contains("已安排").doesNotContain("待补记录", "未约定跟进事项", "走访后请补记");
        // The bureau is reminded what is left to do once the visit took place.
        assertThat(page(reviewer, "")).contains("走访后请补记走访情况和跟进事项。");
        assertThat(page(member, "?lang=en")).contains("Planned");

        // A plan whose day has gone by without a record (stored as it was planned): the bureau still has to record it.
        mongo.insert(new CoachingVisit(null, firm, today.minusDays(1), List.of("王审核"), List.of(),
                List.of(CoachingTopic.RD_TEAM), null, List.of(), clock.instant(), clock.instant(), null))
                .block(TIMEOUT);
        assertThat(page(reviewer, "").replaceAll("<[^>]+>", "")).contains(today.minusDays(1) + " 走访")
                .contains("待补记录");
    }

    @Test
    void aStaleEditSaysSomeoneElseSavedAndOverwritesNothing() {
        post(reviewer, "/new", visitForm(today.minusDays(2), null)).expectStatus().isSeeOther();
        CoachingVisit visit = stored.only(firm);
        String editPage = page(reviewer, "/" + visit.id() + "/edit");
        assertThat(editPage).contains("name=\"version\" value=\"0\"").contains("设立研发费用辅助账")
                .contains("value=\"" + visit.followUps().get(0).id() + "\"");

        MultiValueMap<String, String> edited = visitForm(today.minusDays(2), "0");
        edited.set("followUps[0].id", visit.followUps().get(0).id());
        post(reviewer, "/" + visit.id() + "/edit", edited).expectStatus().isSeeOther();
        CoachingVisit afterOther = stored.only(firm);
        assertThat(afterOther.followUps().get(0).id()).isEqualTo(visit.followUps().get(0).id());

        edited.set("summary", "覆盖他人的修改");
        String page = post(reviewer, "/" + visit.id() + "/edit", edited).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("其他人已保存了新的修改").contains("覆盖他人的修改");
        assertThat(stored.only(firm)).isEqualTo(afterOther);
    }

    @Test
    void theFirmMarksItsFollowUpDoneWithANote() {
        logged(today.minusDays(3), today.plusDays(10));
        CoachingVisit visit = stored.only(firm);
        FollowUp own = visit.followUps().get(0);
        String completion = "/" + visit.id() + "/follow-ups/" + own.id() + "/completion";

        String refused = post(member, completion, completionForm(" ", "0")).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("href=\"#f-note\"").contains("id=\"f-note-error\"").contains("此项为必填项");
        String stale = post(member, completion, completionForm("已设立", "7")).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(stale).contains("其他人已保存了新的修改").contains("已设立");
        assertThat(stored.only(firm)).isEqualTo(visit);

        post(member, completion, completionForm("已设立辅助账", "0")).expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/firms/" + firm + "/coaching?completed");
        assertThat(page(member, "?completed")).contains("跟进事项已标记为完成。").contains("已设立辅助账")
                .contains("完成于 " + today);
        assertThat(stored.only(firm).followUp(own.id()).orElseThrow().status()).isEqualTo(FollowUpStatus.DONE);

        String bureaus = "/" + visit.id() + "/follow-ups/" + visit.followUps().get(1).id() + "/completion";
        post(member, bureaus, completionForm("代办", "1")).expectStatus().isForbidden();
    }

    @Test
    void overdueFollowUpsAreMarkedForTheFirmAndOnTheReviewersList() {
        logged(today.minusDays(20), today.minusDays(1));

        assertThat(page(member, "")).contains("class=\"overdue\"").contains("已逾期");
        String list = web.mutateWith(reviewer.session()).get().uri("/reviewer/coaching").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(list).contains("走访跟进事项").contains("走访页面测试公司").contains("href=\"/firms/" + firm + "/coaching\"")
                .contains("已逾期");
        String english = web.mutateWith(reviewer.session()).get().uri("/reviewer/coaching?lang=en").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(english).contains("Visit follow-ups").contains("Overdue");
        String badCursor = web.mutateWith(reviewer.session()).get().uri("/reviewer/coaching?cursor=x").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(badCursor).contains("分页游标无效");
    }

    private CoachingVisit logged(LocalDate on, LocalDate due) {
        return coaching.logVisit(reviewer.user(), firm, new VisitDetails(on, List.of("王审核"), List.of("李明"),
                List.of(CoachingTopic.RD_EXPENSE_COLLECTION), "核对研发费用归集",
                List.of(new FollowUp(null, "设立辅助账", Party.FIRM, due, null, null, null),
                        new FollowUp(null, "提供审计机构名单", Party.BUREAU, due, null, null, null))))
                .block(TIMEOUT);
    }

    private MultiValueMap<String, String> visitForm(LocalDate on, String version) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (version != null) {
            form.add("version", version);
        }
        form.add("visitDate", on.toString());
        form.add("bureauAttendees", "王审核\n刘洋");
        form.add("firmAttendees", "李明，陈静");
        form.add("topics", "RD_EXPENSE_COLLECTION");
        form.add("topics", "APPLICATION_MATERIALS");
        form.add("summary", "核对近三年研发费用归集情况。");
        row(form, 0, "设立研发费用辅助账", "FIRM", on.plusDays(30).toString());
        row(form, 1, "", "", "");
        return form;
    }

    private static void row(MultiValueMap<String, String> form, int i, String action, String owner, String due) {
        String p = "followUps[" + i + "].";
        form.add(p + "id", "");
        form.add(p + "action", action);
        if (!owner.isEmpty()) {
            form.add(p + "owner", owner);
        }
        form.add(p + "dueDate", due);
        form.add(p + "status", "OPEN");
        form.add(p + "doneOn", "");
        form.add(p + "note", "");
    }

    private static MultiValueMap<String, String> completionForm(String note, String version) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("note", note);
        form.add("version", version);
        return form;
    }

    private String page(Principals who, String path) {
        return web.mutateWith(who.session()).get().uri("/firms/" + firm + "/coaching" + path).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(Principals who, String path, MultiValueMap<String, String> form) {
        return web.mutateWith(who.session()).mutateWith(csrf()).post().uri("/firms/" + firm + "/coaching" + path)
                .body(BodyInserters.fromFormData(form)).exchange();
    }
}
