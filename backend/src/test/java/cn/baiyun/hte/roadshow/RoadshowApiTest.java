package cn.baiyun.hte.roadshow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.UploadRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static cn.baiyun.hte.roadshow.RoadshowFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The roadshow API end to end on the embedded database: organisers publish, firms sign up and are seated or
 * waitlisted and promoted, organisers decide and check in; every bad input is a problem+json 4xx that
 * changes nothing.
 */
@PortalIntegrationTest
class RoadshowApiTest {

    private static final String ROADSHOWS = "/api/v1/roadshows";

    @Autowired
    WebTestClient web;
    @Autowired
    RoadshowFixtures fixtures;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    AuditLog audit;
    @Autowired
    RegistrationService registrations;

    final Principals reviewer = Principals.reviewer();
    final Principals financeOffice = Principals.department(RoadshowAccess.FINANCE_OFFICE);
    final Principals otherDepartment = Principals.department("工信局");

    @Test
    void organisersOfTheBureauAndTheFinanceOfficeCreateEventsAndNoOneElse() {
        Map<String, Object> form = form(5, false);
        create(reviewer, form).expectStatus().isCreated().expectHeader().exists("Location")
                .expectBody().jsonPath("$.status").isEqualTo("DRAFT").jsonPath("$.startsAt").value(String.class,
                        starts -> assertThat(starts).endsWith("+08:00"));
        create(financeOffice, form).expectStatus().isCreated();
        problem(create(otherDepartment, form), HttpStatus.FORBIDDEN);
        problem(create(fixtures.firm("路演建会企业").member(), form), HttpStatus.FORBIDDEN);
        problem(create(Principals.integrationClient(Scopes.ROADSHOWS_READ), form), HttpStatus.FORBIDDEN);
        web.post().uri(ROADSHOWS).contentType(MediaType.APPLICATION_JSON).bodyValue(form).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void anEventThatCannotBeHeldIsRefusedFieldByFieldAndNothingIsStored() {
        long before = count(Roadshow.class);
        Map<String, Object> form = form(0, false);
        LocalDateTime start = LocalDateTime.now(ClockConfiguration.ZONE).plusDays(5);
        form.put("startsAt", offset(start));
        form.put("endsAt", offset(start.minusHours(1)));
        form.put("registrationClosesAt", offset(start.plusHours(1)));
        form.put("attendeesPerFirm", 0);
        form.put("onlineLink", "ftp://example.cn");

        problem(create(reviewer, form), HttpStatus.BAD_REQUEST)
                .jsonPath("$.errors[?(@.field == 'capacity')].message").exists()
                .jsonPath("$.errors[?(@.field == 'endsAt')].message").exists()
                .jsonPath("$.errors[?(@.field == 'registrationClosesAt')].message").exists()
                .jsonPath("$.errors[?(@.field == 'attendeesPerFirm')].message").exists()
                .jsonPath("$.errors[?(@.field == 'onlineLink')].message").exists();
        web.mutateWith(reviewer.bearer()).post().uri(ROADSHOWS).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(form).exchange()
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST).expectBody()
                .jsonPath("$.errors[?(@.field == 'endsAt')].message").isEqualTo("The end must be after the start");
        assertThat(count(Roadshow.class)).isEqualTo(before);
    }

    @Test
    void draftsAreInvisibleToFirmsAndTheAnonymousAndPublishedEventsArePublic() {
        String draft = id(create(reviewer, form(5, false)));
        RoadshowFixtures.Firm firm = fixtures.firm("草稿可见性企业");
        problem(web.mutateWith(firm.member().bearer()).get().uri(ROADSHOWS + "/" + draft).exchange(), HttpStatus.NOT_FOUND);
        problem(web.get().uri(ROADSHOWS + "/" + draft).exchange(), HttpStatus.NOT_FOUND);
        problem(register(firm, draft, registration()), HttpStatus.NOT_FOUND);
        web.get().uri(ROADSHOWS + "?limit=100").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + draft + "')]").doesNotExist();

        publish(draft);
        web.get().uri(ROADSHOWS + "/" + draft).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED");
        web.get().uri(ROADSHOWS + "/" + draft + "/seats").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.capacity").isEqualTo(5).jsonPath("$.taken").isEqualTo(0);
        String month = LocalDateTime.now(ClockConfiguration.ZONE).plusDays(5).toString().substring(0, 7);
        web.get().uri(ROADSHOWS + "?theme=人工智能&month=" + month + "&limit=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + draft + "')]").exists();
        web.get().uri(ROADSHOWS + "?theme=没有的主题").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + draft + "')]").doesNotExist();
        problem(web.get().uri(ROADSHOWS + "?month=2026-13").exchange(), HttpStatus.BAD_REQUEST)
                .jsonPath("$.errors[0].field").isEqualTo("month");
    }

    @Test
    void aFirmIsSeatedThenAnotherWaitlistedAndPromotedWhenTheSeatFrees() {
        String event = published(form(1, false));
        RoadshowFixtures.Firm a = fixtures.firm("路演甲企业");
        RoadshowFixtures.Firm b = fixtures.firm("路演乙企业");

        Map<?, ?> first = body(register(a, event, registration()).expectStatus().isCreated());
        assertThat(first.get("status")).isEqualTo("CONFIRMED");
        assertThat((String) first.get("checkInCode")).hasSize(6);
        problem(register(a, event, registration()), HttpStatus.CONFLICT)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("一次"));
        Map<?, ?> second = body(register(b, event, registration()).expectStatus().isCreated());
        assertThat(second.get("status")).isEqualTo("WAITLISTED");
        assertThat(second.get("waitlistPosition")).isEqualTo(1);

        web.mutateWith(a.member().bearer()).post().uri(ROADSHOWS + "/" + event + "/registrations/" + first.get("id")
                + "/cancel").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CANCELLED");
        web.mutateWith(b.member().bearer()).get().uri(ROADSHOWS + "/" + event + "/registrations/mine?enterpriseId=" + b.id())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CONFIRMED")
                .jsonPath("$.waitlistPosition").isEqualTo(0);
        // A sign-up's audit entry follows its answer, so it is read until it is there (or the assertion shows why not).
        assertThat(audited(b, RegistrationWaitlisted.TYPE, RegistrationPromoted.TYPE))
                .contains(RegistrationWaitlisted.TYPE, RegistrationPromoted.TYPE);
        assertThat(audited(a, RegistrationConfirmed.TYPE, RegistrationCancelled.TYPE))
                .contains(RegistrationConfirmed.TYPE, RegistrationCancelled.TYPE);
    }

    @Test
    void badSignUpsAreRefusedClearlyAndChangeNothing() {
        String event = published(form(3, false));
        RoadshowFixtures.Firm firm = fixtures.firm("报名校验企业");
        RoadshowFixtures.Firm stranger = fixtures.firm("非成员企业");

        Map<String, Object> tooMany = registration();
        tooMany.put("attendees", List.of(attendee("13800138000"), attendee("13800138001"), attendee("13800138002"),
                attendee("13800138003")));
        problem(register(firm, event, tooMany), HttpStatus.BAD_REQUEST)
                .jsonPath("$.errors[0].field").isEqualTo("attendees");
        Map<String, Object> badPhone = registration();
        badPhone.put("attendees", List.of(attendee("12800138000")));
        problem(register(firm, event, badPhone), HttpStatus.BAD_REQUEST)
                .jsonPath("$.errors[0].field").isEqualTo("attendees[0].mobile");
        Map<String, Object> noPitch = registration();
        noPitch.remove("financingSought");
        noPitch.put("projectName", " ");
        problem(register(firm, event, noPitch), HttpStatus.BAD_REQUEST)
                .jsonPath("$.errors[?(@.field == 'financingSought')]").exists()
                .jsonPath("$.errors[?(@.field == 'projectName')]").exists();
        // A member of another firm signing up for this one: the firm is not theirs.
        Map<String, Object> forAnother = registration();
        forAnother.put("enterpriseId", firm.id());
        problem(web.mutateWith(stranger.member().bearer()).post().uri(ROADSHOWS + "/" + event + "/registrations")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(forAnother).exchange(), HttpStatus.NOT_FOUND);
        problem(register(new RoadshowFixtures.Firm(firm.id(), reviewer), event, registration()), HttpStatus.FORBIDDEN);
        // A member (of one firm or several) who names no firm is told to, with the form's other problems.
        Map<String, Object> noFirm = registration();
        noFirm.put("enterpriseId", " ");
        noFirm.put("projectName", "");
        problem(register(firm, event, noFirm), HttpStatus.BAD_REQUEST)
                .jsonPath("$.errors[0].field").isEqualTo("enterpriseId")
                .jsonPath("$.errors[0].message").isEqualTo("请选择以哪家企业报名")
                .jsonPath("$.errors[?(@.field == 'projectName')]").exists();

        Map<String, Object> closedForm = form(3, false);
        LocalDateTime now = LocalDateTime.now(ClockConfiguration.ZONE);
        closedForm.put("registrationOpensAt", offset(now.minusDays(2)));
        closedForm.put("registrationClosesAt", offset(now.minusDays(1)));
        String closed = published(closedForm);
        problem(register(firm, closed, registration()), HttpStatus.CONFLICT);

        assertThat(mongo.count(Query.query(Criteria.where("enterpriseId").in(firm.id(), stranger.id())),
                Registration.class).block(TIMEOUT)).isZero();
        assertThat(roadshowSeats(event)).isEqualTo(new Seats(3, 0, 0));
    }

    @Test
    void decksArePdfsWithinTheLimitOnlyAndReadByTheFirmAndOrganisersAlone() {
        String event = published(form(3, false));
        RoadshowFixtures.Firm firm = fixtures.firm("路演材料企业");
        RoadshowFixtures.Firm other = fixtures.firm("他家企业");
        String registration = (String) body(register(firm, event, registration()).expectStatus().isCreated()).get("id");
        String deck = ROADSHOWS + "/" + event + "/registrations/" + registration + "/deck";

        problem(UploadRequest.file("路演.pdf", TestFiles.png()).postTo(web.mutateWith(firm.member().bearer()).post()
                .uri(deck)).exchange(), HttpStatus.BAD_REQUEST).jsonPath("$.errors[0].field").isEqualTo("file");
        problem(UploadRequest.file("路演.pdf", TestFiles.pdf(21 * 1024 * 1024)).postTo(web.mutateWith(
                firm.member().bearer()).post().uri(deck)).exchange(), HttpStatus.CONTENT_TOO_LARGE);
        assertThat(mongo.count(new Query(), PitchDeck.BUCKET + ".files").block(TIMEOUT))
                .isEqualTo(mongo.count(Query.query(Criteria.where("metadata.registrationId").ne(registration)),
                        PitchDeck.BUCKET + ".files").block(TIMEOUT));

        UploadRequest.file("路演材料.pdf", TestFiles.pdf(2000)).postTo(web.mutateWith(firm.member().bearer()).post()
                .uri(deck)).exchange().expectStatus().isOk().expectBody().jsonPath("$.deck.name").isEqualTo("路演材料.pdf");
        web.mutateWith(firm.member().bearer()).get().uri(deck).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/pdf");
        web.mutateWith(reviewer.bearer()).get().uri(deck).exchange().expectStatus().isOk();
        problem(web.mutateWith(other.member().bearer()).get().uri(deck).exchange(), HttpStatus.NOT_FOUND);
        // Reading clients see the registration but never its deck.
        problem(web.mutateWith(Principals.integrationClient(Scopes.ROADSHOWS_READ).bearer()).get().uri(deck)
                .exchange(), HttpStatus.FORBIDDEN);
    }

    @Test
    void attendanceEnteredAfterwardsIsDatedWithinTheEventOnly() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, 2, false);
        RoadshowFixtures.Firm firm = fixtures.firm("补录签到企业");
        String code = registrations.register(firm.member().user(), roadshow.id(), firm.id(), RoadshowFixtures.pitch())
                .block(TIMEOUT).registration().checkInCode();
        Instant beforeTheDoorOpened = roadshow.startsAt().minus(Duration.ofHours(3));
        assertThatThrownBy(() -> registrations.checkInAt(reviewer.user(), roadshow.id(), code, beforeTheDoorOpened)
                .block(TIMEOUT)).isInstanceOfSatisfying(PortalException.class, refused -> assertThat(
                refused.fieldProblems()).extracting(FieldProblem::field).containsExactly("arrivedAt"));
        Instant arrived = roadshow.startsAt().minus(Duration.ofMinutes(10));
        assertThat(registrations.checkInAt(reviewer.user(), roadshow.id(), code, arrived).block(TIMEOUT)
                .registration().checkedInAt()).isEqualTo(arrived);
    }

    @Test
    void organisersApproveRejectWithAReasonAndCheckFirmsInByTheirCode() {
        String event = published(form(2, true));
        RoadshowFixtures.Firm a = fixtures.firm("审核甲企业");
        RoadshowFixtures.Firm b = fixtures.firm("审核乙企业");
        RoadshowFixtures.Firm c = fixtures.firm("审核丙企业");
        Map<?, ?> first = body(register(a, event, registration()).expectStatus().isCreated());
        Map<?, ?> second = body(register(b, event, registration()).expectStatus().isCreated());
        Map<?, ?> third = body(register(c, event, registration()).expectStatus().isCreated());
        assertThat(List.of(first.get("status"), second.get("status"), third.get("status")))
                .containsExactly("PENDING_APPROVAL", "PENDING_APPROVAL", "WAITLISTED");
        String registrations = ROADSHOWS + "/" + event + "/registrations/";

        problem(web.mutateWith(financeOffice.bearer()).post().uri(registrations + second.get("id") + "/reject")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", " ")).exchange(),
                HttpStatus.BAD_REQUEST).jsonPath("$.errors[0].field").isEqualTo("reason");
        problem(web.mutateWith(otherDepartment.bearer()).post().uri(registrations + first.get("id") + "/approve")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange(), HttpStatus.FORBIDDEN);
        web.mutateWith(financeOffice.bearer()).post().uri(registrations + first.get("id") + "/approve")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CONFIRMED");
        web.mutateWith(financeOffice.bearer()).post().uri(registrations + second.get("id") + "/reject")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "项目与本场主题不符")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("REJECTED")
                .jsonPath("$.decisionReason").isEqualTo("项目与本场主题不符");
        // The rejected seat went to the waitlisted firm, pending approval like every seat of this event.
        web.mutateWith(c.member().bearer()).get().uri(registrations + third.get("id")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PENDING_APPROVAL");

        String checkIns = ROADSHOWS + "/" + event + "/check-ins";
        for (int time = 0; time < 2; time++) {
            web.mutateWith(reviewer.bearer()).post().uri(checkIns).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("code", ((String) first.get("checkInCode")).toLowerCase())).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.checkedInAt").exists();
        }
        problem(web.mutateWith(reviewer.bearer()).post().uri(checkIns).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "ZZZZZZ")).exchange(), HttpStatus.BAD_REQUEST)
                .jsonPath("$.errors[0].field").isEqualTo("code");
        problem(web.mutateWith(reviewer.bearer()).post().uri(checkIns).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", third.get("checkInCode"))).exchange(), HttpStatus.CONFLICT);
        problem(web.mutateWith(a.member().bearer()).post().uri(checkIns).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", first.get("checkInCode"))).exchange(), HttpStatus.FORBIDDEN);
        problem(web.mutateWith(reviewer.bearer()).put().uri(registrations + first.get("id") + "/outcome")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("investorInterest", true)).exchange(),
                HttpStatus.CONFLICT);
    }

    @Test
    void readingClientsSeeRegistrationsWithoutCodesAndPhonesOnlyWithConsent() {
        String event = published(form(3, false));
        RoadshowFixtures.Firm consenting = fixtures.firm("同意共享企业");
        RoadshowFixtures.Firm private_ = fixtures.firm("不共享企业");
        register(consenting, event, registration()).expectStatus().isCreated();
        Map<String, Object> noConsent = registration();
        noConsent.put("consentToShareContacts", false);
        register(private_, event, noConsent).expectStatus().isCreated();

        web.mutateWith(Principals.integrationClient(Scopes.ROADSHOWS_READ).bearer()).get()
                .uri(ROADSHOWS + "/" + event + "/registrations").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[?(@.enterpriseId == '" + consenting.id() + "')].attendees[0].mobile")
                .isEqualTo("13800138000")
                .jsonPath("$.items[?(@.enterpriseId == '" + private_.id() + "')].attendees[0].mobile").doesNotExist()
                .jsonPath("$.items[0].checkInCode").doesNotExist()
                .jsonPath("$.items[0].firmName").exists();
        web.mutateWith(financeOffice.bearer()).get().uri(ROADSHOWS + "/" + event + "/registrations").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.enterpriseId == '" + private_.id() + "')].attendees[0].mobile")
                .isEqualTo("13800138000")
                .jsonPath("$.items[0].checkInCode").exists();
        problem(web.mutateWith(Principals.integrationClient("enterprises:read").bearer()).get()
                .uri(ROADSHOWS + "/" + event + "/registrations").exchange(), HttpStatus.FORBIDDEN);
        problem(web.mutateWith(consenting.member().bearer()).get()
                .uri(ROADSHOWS + "/" + event + "/registrations").exchange(), HttpStatus.FORBIDDEN);
    }

    static Map<String, Object> form(int capacity, boolean approval) {
        RoadshowForm form = RoadshowFixtures.form(EventKind.ROADSHOW, capacity, approval);
        Map<String, Object> json = new HashMap<>();
        json.put("kind", form.kind().name());
        json.put("titleZh", form.titleZh());
        json.put("titleEn", form.titleEn());
        json.put("descriptionZh", form.descriptionZh());
        json.put("themes", form.themes());
        json.put("startsAt", offset(form.startsAt()));
        json.put("endsAt", offset(form.endsAt()));
        json.put("venue", form.venue());
        json.put("capacity", capacity);
        json.put("registrationOpensAt", offset(form.registrationOpensAt()));
        json.put("registrationClosesAt", offset(form.registrationClosesAt()));
        json.put("approvalRequired", approval);
        json.put("attendeesPerFirm", form.attendeesPerFirm());
        json.put("investorsExpected", form.investorsExpected());
        return json;
    }

    static Map<String, Object> registration() {
        Map<String, Object> json = new HashMap<>();
        json.put("projectName", "智能巡检机器人");
        json.put("summary", "用于电力巡检的机器人。");
        json.put("financingSought", 5000000);
        json.put("stage", "SERIES_A");
        json.put("useOfFunds", "研发与市场拓展");
        json.put("attendees", new ArrayList<>(List.of(attendee("13800138000"))));
        json.put("consentToShareContacts", true);
        return json;
    }

    /** A local time in Asia/Shanghai as the API takes it, with its offset. */
    static String offset(LocalDateTime local) {
        return local.atZone(ClockConfiguration.ZONE).toOffsetDateTime().toString();
    }

    private static Map<String, String> attendee(String mobile) {
        return Map.of("name", "张三", "role", "总经理", "mobile", mobile);
    }

    private WebTestClient.ResponseSpec create(Principals who, Map<String, Object> form) {
        return web.mutateWith(who.bearer()).post().uri(ROADSHOWS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(form).exchange();
    }

    private String published(Map<String, Object> form) {
        String id = id(create(reviewer, form));
        publish(id);
        return id;
    }

    private void publish(String id) {
        web.mutateWith(financeOffice.bearer()).post().uri(ROADSHOWS + "/" + id + "/publish").exchange()
                .expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec register(RoadshowFixtures.Firm firm, String event, Map<String, Object> form) {
        Map<String, Object> request = new HashMap<>(form);
        request.putIfAbsent("enterpriseId", firm.id());
        return web.mutateWith(firm.member().bearer()).post().uri(ROADSHOWS + "/" + event + "/registrations")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange();
    }

    private static String id(WebTestClient.ResponseSpec created) {
        return (String) body(created.expectStatus().isCreated()).get("id");
    }

    private static Map<?, ?> body(WebTestClient.ResponseSpec response) {
        return response.expectBody(Map.class).returnResult().getResponseBody();
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, HttpStatus status) {
        return response.expectStatus().isEqualTo(status).expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
    }

    private Seats roadshowSeats(String event) {
        return web.get().uri(ROADSHOWS + "/" + event + "/seats").exchange().expectStatus().isOk()
                .expectBody(Seats.class).returnResult().getResponseBody();
    }

    private long count(Class<?> type) {
        return mongo.count(new Query(), type).block(TIMEOUT);
    }

    /** The actions audited for the firm, once all of {@code expected} are there. */
    private List<String> audited(RoadshowFixtures.Firm firm, String... expected) {
        return Eventually.read(() -> audit.ofEnterprise(firm.id(), 10).map(entry -> entry.action()).collectList()
                .block(TIMEOUT), actions -> actions.containsAll(List.of(expected)));
    }
}
