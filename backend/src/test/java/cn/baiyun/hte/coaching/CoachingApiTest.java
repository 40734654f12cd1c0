package cn.baiyun.hte.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static cn.baiyun.hte.coaching.VisitSamples.followUp;
import static cn.baiyun.hte.coaching.VisitSamples.followUpOf;
import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class CoachingApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    StoredVisits stored;
    @Autowired
    Clock clock;
    @Autowired
    AuditLog audit;

    Principals reviewer = Principals.reviewer();
    Principals member;
    String firm;
    String visits;
    LocalDate today;

    @BeforeEach
    void aFirmWithAMember() {
        member = Principals.firmUser("member");
        firm = firms.approvedFirm(member, "走访测试公司");
        visits = "/api/v1/enterprises/" + firm + "/coaching-visits";
        today = LocalDate.now(clock);
    }

    @Test
    void aReviewerLogsAVisitAndTheFirmReadsItWithoutAnyUserId() {
        var created = log(VisitSamples.visit(today.minusDays(3)))
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, visits + "/[0-9a-f]{24}")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody(CoachingVisit.class).returnResult().getResponseBody();

        assertThat(created.followUps()).hasSize(2).allSatisfy(f -> {
            assertThat(f.id()).matches("[0-9a-f]{24}");
            assertThat(f.status()).isEqualTo(FollowUpStatus.OPEN);
        });
        String asFirm = web.mutateWith(member.bearer()).get().uri(visits + "/{id}", created.id()).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(asFirm).contains("王审核").contains("RD_EXPENSE_COLLECTION").doesNotContain(reviewer.user().id());
        web.mutateWith(member.bearer()).get().uri(visits).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(created.id())
                .jsonPath("$.next").doesNotExist();
    }

    @Test
    void theVisitListIsPagedInTheOrderVisitsWereLogged() {
        String first = logged(VisitSamples.visit(today.minusDays(1))).id();
        String second = logged(VisitSamples.visit(today.minusDays(30))).id();

        var page = web.mutateWith(member.bearer()).get().uri(visits + "?limit=1").exchange()
                .expectStatus().isOk().expectBody(new ParameterizedTypeReference<PageOf<CoachingVisit>>() { }).returnResult().getResponseBody();
        assertThat(page.items()).extracting(CoachingVisit::id).containsExactly(first);
        String next = page.next();
        web.mutateWith(member.bearer()).get().uri(visits + "?limit=1&cursor={c}", next).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].id").isEqualTo(second)
                .jsonPath("$.next").doesNotExist();
        web.mutateWith(member.bearer()).get().uri(visits + "?limit=0&cursor=nope").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'limit')].message").isEqualTo("The page size must be between 1 and 100")
                .jsonPath("$.errors[?(@.field == 'cursor')].code").isEqualTo("paging.cursor");
    }

    static Stream<Arguments> badVisits() {
        return Stream.of(
                bad("no visit date", v -> v.remove("visitDate"), "visitDate", "NotNull"),
                bad("a visit planned more than 180 days ahead",
                        v -> planned(v, LocalDate.now(ClockConfiguration.ZONE).plusDays(181)), "visitDate",
                        "coaching.visit.too-far"),
                bad("a planned visit with a summary", v -> {
                    planned(v, LocalDate.now(ClockConfiguration.ZONE).plusDays(5));
                    v.put("summary", "尚未发生的走访情况");
                }, "summary", "coaching.planned.summary"),
                bad("a planned visit with follow-ups", v -> {
                    planned(v, LocalDate.now(ClockConfiguration.ZONE).plusDays(5));
                    followUps(v).add(followUp("提前约定的事项", "FIRM",
                            LocalDate.now(ClockConfiguration.ZONE).plusDays(30)));
                }, "followUps", "coaching.planned.follow-ups"),
                bad("a planned visit with nobody from the bureau", v -> {
                    planned(v, LocalDate.now(ClockConfiguration.ZONE).plusDays(5));
                    v.put("bureauAttendees", List.of());
                }, "bureauAttendees", "coaching.attendees.required"),
                bad("a visit that took place without the firm's people", v -> v.put("firmAttendees", List.of()),
                        "firmAttendees", "coaching.attendees.required"),
                bad("a date that is no date", v -> v.put("visitDate", "2025-13-40"), "visitDate", "typeMismatch"),
                bad("nobody from the bureau", v -> v.put("bureauAttendees", List.of()), "bureauAttendees",
                        "coaching.attendees.required"),
                bad("a blank firm attendee", v -> v.put("firmAttendees", List.of("李明", " ")), "firmAttendees[1]",
                        "NotBlank"),
                bad("a null attendee", v -> v.put("firmAttendees", Arrays.asList("李明", null)), "firmAttendees[1]",
                        "NotBlank"),
                bad("a name too long", v -> v.put("bureauAttendees", List.of("王".repeat(51))), "bureauAttendees[0]",
                        "coaching.text.too-long"),
                bad("no topic", v -> v.put("topics", List.of()), "topics", "coaching.topics.required"),
                bad("a topic twice", v -> v.put("topics", List.of("RD_TEAM", "RD_TEAM")), "topics[1]",
                        "coaching.topic.twice"),
                bad("a topic outside the catalogue", v -> v.put("topics", List.of("GOLF")), "topics[0]",
                        "typeMismatch"),
                bad("no summary", v -> v.put("summary", "  "), "summary", "NotBlank"),
                bad("a summary too long", v -> v.put("summary", "字".repeat(4001)), "summary",
                        "coaching.text.too-long"),
                bad("a follow-up without action", v -> followUpOf(v, 0).put("action", ""), "followUps[0].action",
                        "NotBlank"),
                bad("a follow-up without owner", v -> followUpOf(v, 1).remove("owner"), "followUps[1].owner",
                        "NotNull"),
                bad("a follow-up without due date", v -> followUpOf(v, 0).remove("dueDate"), "followUps[0].dueDate",
                        "NotNull"),
                bad("a follow-up due before the visit",
                        v -> followUpOf(v, 0).put("dueDate", LocalDate.now(ClockConfiguration.ZONE).minusDays(400).toString()),
                        "followUps[0].dueDate", "coaching.date.before-visit"),
                bad("a done follow-up without its day", v -> followUpOf(v, 0).put("status", "DONE"),
                        "followUps[0].doneOn", "NotNull"),
                bad("an open follow-up with a done day", v -> followUpOf(v, 0).put("doneOn",
                        LocalDate.now(ClockConfiguration.ZONE).minusDays(1).toString()), "followUps[0].doneOn",
                        "coaching.follow-up.done-on.open"),
                bad("a follow-up done in the future", v -> {
                    followUpOf(v, 0).put("status", "DONE");
                    followUpOf(v, 0).put("doneOn", LocalDate.now(ClockConfiguration.ZONE).plusDays(3).toString());
                }, "followUps[0].doneOn", "PastOrPresent"),
                bad("a follow-up id the visit does not have", v -> followUpOf(v, 0).put("id", "0123456789abcdef01234567"),
                        "followUps[0].id", "coaching.follow-up.unknown"),
                bad("an empty follow-up", v -> followUps(v).add(null), "followUps[2]",
                        "NotNull"),
                bad("a list where a text belongs", v -> v.put("summary", List.of("a")), "summary", "typeMismatch"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badVisits")
    void eachBadInputIsAFieldProblemAndNothingIsStored(String name, Consumer<Map<String, Object>> spoil, String field,
                                                        String code) {
        Map<String, Object> body = VisitSamples.visit(today.minusDays(10));
        spoil.accept(body);

        log(body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[?(@.field == '" + field + "')].code").isEqualTo(code);

        assertThat(stored.of(firm)).isEmpty();
    }

    @Test
    void problemsAreExplainedInTheReadersLanguage() {
        Map<String, Object> body = VisitSamples.visit(today.minusDays(2));
        followUpOf(body, 0).put("dueDate", today.minusDays(5).toString());
        body.put("topics", List.of());

        web.mutateWith(reviewer.bearer()).post().uri(visits).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.title").isEqualTo("提交的数据有误")
                .jsonPath("$.errors[?(@.field == 'topics')].message").isEqualTo("请至少选择一项辅导内容")
                .jsonPath("$.errors[?(@.field == 'followUps[0].dueDate')].message")
                .isEqualTo("不能早于走访日期（" + today.minusDays(2) + "）");
    }

    @Test
    void anEditKeepsTheIdsOfFollowUpsSentWithThemAndAStaleIfMatchChangesNothing() {
        CoachingVisit visit = logged(VisitSamples.visit(today.minusDays(4)));
        Map<String, Object> edited = VisitSamples.visit(today.minusDays(4));
        followUpOf(edited, 0).put("id", visit.followUps().get(0).id());
        followUps(edited).set(1, followUp("补充知识产权证书", "FIRM", today));
        edited.put("topics", List.of("IP_APPLICATIONS"));

        var saved = put(visit.id(), "\"0\"", edited).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody(CoachingVisit.class).returnResult().getResponseBody();

        assertThat(saved.followUps()).hasSize(2);
        assertThat(saved.followUps().get(0).id()).isEqualTo(visit.followUps().get(0).id());
        assertThat(saved.followUps().get(1).id()).isNotIn(visit.followUps().get(0).id(), visit.followUps().get(1).id());
        assertThat(saved.topics()).containsExactly(CoachingTopic.IP_APPLICATIONS);
        var before = stored.of(firm);

        edited.put("summary", "过期的修改");
        put(visit.id(), "\"0\"", edited).expectStatus().isEqualTo(412)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        put(visit.id(), "\"W/abc\"", edited).expectStatus().isEqualTo(412);

        assertThat(stored.of(firm)).isEqualTo(before);
    }

    @Test
    void aReviewerPlansAVisitAheadAndRecordsItOnceItTookPlace() {
        Map<String, Object> plan = planned(VisitSamples.visit(today), today.plusDays(180));
        CoachingVisit visit = logged(plan);
        assertThat(visit.visitDate()).isEqualTo(today.plusDays(180));
        assertThat(visit.summary()).isNull();
        assertThat(visit.followUps()).isEmpty();
        assertThat(visit.plannedOn(today)).isTrue();
        assertThat(visit.upcomingOn(today)).isTrue();
        web.mutateWith(member.bearer()).get().uri(visits + "/{id}", visit.id()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.visitDate").isEqualTo(today.plusDays(180).toString())
                .jsonPath("$.firmAttendees.length()").isEqualTo(0);

        // The day has come: the plan is edited into the record of what happened, with its follow-ups.
        Map<String, Object> held = VisitSamples.visit(today);
        CoachingVisit recorded = put(visit.id(), "\"0\"", held).expectStatus().isOk()
                .expectBody(CoachingVisit.class).returnResult().getResponseBody();
        assertThat(recorded.summary()).isEqualTo(held.get("summary"));
        assertThat(recorded.followUps()).hasSize(2);
        assertThat(recorded.plannedOn(today)).isFalse();
        assertThat(recorded.upcomingOn(today)).isFalse();

        // A record cannot be moved back into the future while it keeps its follow-ups.
        held.put("visitDate", today.plusDays(3).toString());
        put(visit.id(), "\"1\"", held).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'followUps')].code").isEqualTo("coaching.planned.follow-ups")
                .jsonPath("$.errors[?(@.field == 'summary')].code").isEqualTo("coaching.planned.summary");
        assertThat(stored.only(firm)).isEqualTo(recorded);
    }

    @Test
    void aPlannedVisitWhoseDayCameIsUpcomingUntilRecorded() {
        CoachingVisit plan = new CoachingVisit("v", firm, today, List.of("王审核"), List.of(),
                List.of(CoachingTopic.RD_TEAM), null, List.of(), null, null, 0L);

        assertThat(plan.plannedOn(today.minusDays(1))).isTrue();
        assertThat(plan.upcomingOn(today)).isTrue();
        assertThat(plan.plannedOn(today)).isFalse();
        assertThat(plan.unrecordedOn(today)).isTrue();
        assertThat(plan.upcomingOn(today.plusDays(1))).isFalse();
        assertThat(plan.unrecordedOn(today.plusDays(1))).isTrue();
    }

    @Test
    void theFirmMarksItsFollowUpDoneOnceWithANote() {
        CoachingVisit visit = logged(VisitSamples.visit(today.minusDays(6)));
        String own = visit.followUps().get(0).id();

        complete(member, visit.id(), own, "\"0\"", Map.of("note", "  已按项目设立辅助账  "))
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");

        FollowUp done = stored.only(firm).followUp(own).orElseThrow();
        assertThat(done.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(done.doneOn()).isEqualTo(today);
        assertThat(done.note()).isEqualTo("已按项目设立辅助账");
        assertThat(audit.ofEnterprise(firm, 2).map(AuditEvent::action).collectList().block())
                .containsExactly("coaching.follow-up.closed", "coaching.visit.logged");
        complete(member, visit.id(), own, null, Map.of("note", "再次办结")).expectStatus().isEqualTo(409);
        assertThat(stored.only(firm).followUp(own).orElseThrow()).isEqualTo(done);
    }

    @Test
    void aCompletionNeedsANoteAndADayBetweenTheVisitAndToday() {
        CoachingVisit visit = logged(VisitSamples.visit(today.minusDays(6)));
        String own = visit.followUps().get(0).id();
        var before = stored.of(firm);

        complete(member, visit.id(), own, null, Map.of("note", " ")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'note')].code").isEqualTo("NotBlank");
        complete(member, visit.id(), own, null, Map.of("note", "完成", "doneOn", today.plusDays(1).toString()))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'doneOn')].code").isEqualTo("PastOrPresent");
        complete(member, visit.id(), own, null, Map.of("note", "完成", "doneOn", today.minusDays(7).toString()))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'doneOn')].code").isEqualTo("coaching.date.before-visit");
        complete(member, visit.id(), own, "\"3\"", Map.of("note", "完成")).expectStatus().isEqualTo(412);
        complete(member, visit.id(), "0123456789abcdef01234567", null, Map.of("note", "完成"))
                .expectStatus().isNotFound();

        assertThat(stored.of(firm)).isEqualTo(before);
    }

    @Test
    void theFirmCannotCloseTheBureausFollowUpNorLogOrEditAVisit() {
        CoachingVisit visit = logged(VisitSamples.visit(today.minusDays(6)));
        var before = stored.of(firm);

        complete(member, visit.id(), visit.followUps().get(1).id(), null, Map.of("note", "代为办结"))
                .expectStatus().isForbidden();
        web.mutateWith(member.bearer()).post().uri(visits).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(VisitSamples.visit(today)).exchange().expectStatus().isForbidden();
        web.mutateWith(member.bearer()).put().uri(visits + "/{id}", visit.id()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(VisitSamples.visit(today)).exchange().expectStatus().isForbidden();

        assertThat(stored.of(firm)).isEqualTo(before);
        complete(reviewer, visit.id(), visit.followUps().get(1).id(), "\"0\"", Map.of("note", "名单已发送"))
                .expectStatus().isOk();
    }

    @Test
    void aVisitOfAnotherFirmIsNotFoundUnderTheCallersOwnFirm() {
        Principals outsider = Principals.firmUser("outsider");
        String otherFirm = firms.approvedFirm(outsider, "走访测试他人公司");
        CoachingVisit visit = logged(VisitSamples.visit(today.minusDays(1)));

        web.mutateWith(outsider.bearer()).get().uri("/api/v1/enterprises/{f}/coaching-visits/{v}", otherFirm, visit.id())
                .exchange().expectStatus().isNotFound();
        web.mutateWith(reviewer.bearer()).get().uri("/api/v1/enterprises/{f}/coaching-visits/{v}", otherFirm, visit.id())
                .exchange().expectStatus().isNotFound();
        complete(outsider, visit.id(), visit.followUps().get(0).id(), null, Map.of("note", "x"))
                .expectStatus().isNotFound();
        // The version is checked only once the caller may see the visit: a stale one tells a stranger nothing.
        for (String ifMatch : new String[] {"\"0\"", "\"3\"", "not-a-version"}) {
            complete(outsider, visit.id(), visit.followUps().get(0).id(), ifMatch, Map.of("note", "x"))
                    .expectStatus().isNotFound();
        }
    }

    @Test
    void reviewersListFollowUpsOfEveryFirmByDueDateAPageAtATime() {
        Principals otherMember = Principals.firmUser("other");
        String otherFirm = firms.approvedFirm(otherMember, "走访队列测试公司");
        LocalDate visitDay = LocalDate.of(1998, 3, 2);
        Map<String, Object> a = VisitSamples.visit(visitDay);
        followUpOf(a, 0).put("dueDate", "1998-03-20");
        followUpOf(a, 1).put("dueDate", "1998-03-05");
        Map<String, Object> b = VisitSamples.visit(visitDay);
        followUpOf(b, 0).put("dueDate", "1998-03-20");
        followUpOf(b, 1).putAll(Map.of("dueDate", "1998-03-10", "status", "DONE", "doneOn", "1998-03-09"));
        logged(a);
        CoachingVisit second = web.mutateWith(reviewer.bearer()).post().uri("/api/v1/enterprises/{id}/coaching-visits", otherFirm)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(b).exchange().expectStatus().isCreated()
                .expectBody(CoachingVisit.class).returnResult().getResponseBody();

        List<String> actions = new ArrayList<>();
        List<String> firmsSeen = new ArrayList<>();
        String cursor = null;
        do {
            String after = cursor;
            var page = web.mutateWith(reviewer.bearer()).get()
                    .uri(b2 -> b2.path("/api/v1/coaching/follow-ups").queryParam("dueBefore", "1999-01-01")
                            .queryParam("status", "OPEN").queryParam("limit", 2)
                            .queryParamIfPresent("cursor", java.util.Optional.ofNullable(after)).build())
                    .exchange().expectStatus().isOk().expectBody(new ParameterizedTypeReference<PageOf<FollowUpEntry>>() { }).returnResult()
                    .getResponseBody();
            page.items().forEach(e -> {
                actions.add(e.followUp().dueDate() + " " + e.followUp().owner());
                firmsSeen.add(e.enterpriseId());
            });
            cursor = page.next();
        } while (cursor != null);

        assertThat(actions).containsExactly("1998-03-05 BUREAU", "1998-03-20 FIRM", "1998-03-20 FIRM");
        // Equal due dates: the visit logged first comes first.
        assertThat(firmsSeen).containsExactly(firm, firm, otherFirm);
        web.mutateWith(reviewer.bearer()).get().uri("/api/v1/coaching/follow-ups?dueBefore=1998-03-06").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1);
        web.mutateWith(reviewer.bearer()).get().uri("/api/v1/coaching/follow-ups?dueBefore=1999-01-01&status=DONE")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].followUp.note").doesNotExist()
                .jsonPath("$.items[0].visitId").isEqualTo(second.id());
        web.mutateWith(reviewer.bearer()).get().uri("/api/v1/coaching/follow-ups?cursor=1998-03-05_x_y&limit=500")
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'cursor')].code").isEqualTo("paging.cursor")
                .jsonPath("$.errors[?(@.field == 'limit')].code").isEqualTo("paging.limit");
        web.mutateWith(member.bearer()).get().uri("/api/v1/coaching/follow-ups").exchange().expectStatus().isForbidden();
    }

    @Test
    void followUpsDueTheSameDayOfOneVisitArePagedOneByOneWithoutLoss() {
        Map<String, Object> body = VisitSamples.visit(LocalDate.of(1997, 5, 1));
        followUps(body).clear();
        for (String action : List.of("甲", "乙", "丙")) {
            followUps(body).add(followUp(action, "FIRM", LocalDate.of(1997, 5, 10)));
        }
        CoachingVisit visit = logged(body);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            String after = cursor;
            var page = web.mutateWith(reviewer.bearer()).get()
                    .uri(b -> b.path("/api/v1/coaching/follow-ups").queryParam("dueBefore", "1998-01-01")
                            .queryParam("limit", 1).queryParamIfPresent("cursor", java.util.Optional.ofNullable(after))
                            .build())
                    .exchange().expectStatus().isOk().expectBody(new ParameterizedTypeReference<PageOf<FollowUpEntry>>() { }).returnResult()
                    .getResponseBody();
            page.items().forEach(e -> seen.add(e.followUp().id()));
            cursor = page.next();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(visit.followUps().stream().map(FollowUp::id).sorted().toList());
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> spoil, String field, String code) {
        return Arguments.of(name, spoil, field, code);
    }

    /** The visit as a plan for {@code on}: who goes and the topics, nothing of what was said. */
    private static Map<String, Object> planned(Map<String, Object> visit, LocalDate on) {
        visit.put("visitDate", on.toString());
        visit.put("firmAttendees", List.of());
        visit.remove("summary");
        followUps(visit).clear();
        return visit;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> followUps(Map<String, Object> visit) {
        return (List<Object>) visit.get("followUps");
    }

    private CoachingVisit logged(Map<String, Object> body) {
        return log(body).expectStatus().isCreated().expectBody(CoachingVisit.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec log(Map<String, Object> body) {
        return web.mutateWith(reviewer.bearer()).post().uri(visits).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec put(String visitId, String ifMatch, Map<String, Object> body) {
        return web.mutateWith(reviewer.bearer()).put().uri(visits + "/{id}", visitId).header(HttpHeaders.IF_MATCH, ifMatch)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec complete(Principals who, String visitId, String followUpId, String ifMatch,
                                                Map<String, Object> body) {
        var request = web.mutateWith(who.bearer()).post()
                .uri(visits + "/{v}/follow-ups/{f}/completion", visitId, followUpId);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
