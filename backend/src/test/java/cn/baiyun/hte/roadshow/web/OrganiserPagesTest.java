package cn.baiyun.hte.roadshow.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.RegistrationStatus;
import cn.baiyun.hte.roadshow.RegistrationView;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowService;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static cn.baiyun.hte.roadshow.web.PageFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The organisers' pages beyond publishing and check-in: deciding pending registrations (a rejection needs
 * its reason, which the firm then reads), recording what came of a firm's pitch after the event (which the
 * firm reads on its registration), and every firm's deck in one zip.
 */
@PortalIntegrationTest
class OrganiserPagesTest {

    @Autowired
    WebTestClient web;
    @Autowired
    RoadshowService roadshows;
    @Autowired
    RegistrationService registrations;
    @Autowired
    TestFirms firms;
    @Autowired
    ReactiveMongoTemplate mongo;

    PageFixtures fixtures() {
        return new PageFixtures(roadshows, registrations);
    }

    WebTestClient organiser() {
        return web.mutateWith(PageFixtures.ORGANISER.session());
    }


    @Test
    void organisersApproveOnePendingFirmAndRejectAnotherOnlyWithAReasonWhichTheFirmReads() {
        Roadshow draft = roadshows.create(PageFixtures.ORGANISER.user(),
                PageFixtures.roadshowForm(unique("审核路演"), 2, true)).block(PageFixtures.TIMEOUT);
        Roadshow event = roadshows.publish(PageFixtures.ORGANISER.user(), draft.id()).block(PageFixtures.TIMEOUT);
        Principals memberA = Principals.firmUser("rs-approve");
        Principals memberB = Principals.firmUser("rs-reject");
        RegistrationView a = fixtures().register(memberA, event.id(), firms.approvedFirm(memberA, unique("待审甲公司")));
        RegistrationView b = fixtures().register(memberB, event.id(), firms.approvedFirm(memberB, unique("待审乙公司")));
        assertThat(a.registration().status()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);

        String manage = get(organiser(), "/organise/roadshows/" + event.id()).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(manage).contains("待审甲公司").contains(">通过<").contains(">拒绝<").contains("拒绝原因（必填）");

        String approved = decide(event, a, "approve", "材料齐全").expectStatus().isSeeOther()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
        assertThat(approved).isEqualTo("/organise/roadshows/" + event.id() + "?approved");
        assertThat(get(organiser(), approved).expectBody(String.class).returnResult().getResponseBody())
                .contains("已通过该报名。");
        assertThat(stored(a).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(stored(a).decisionReason()).isEqualTo("材料齐全");

        String refused = decide(event, b, "reject", "  ").expectStatus().isBadRequest().expectBody(String.class)
                .returnResult().getResponseBody();
        // Told on the refused row, where the summary's link leads, not at the cancel form's reason further down.
        assertThat(refused).contains("存在以下问题").contains("href=\"#f-decisionReason\"").contains("审核意见")
                .contains("id=\"f-decisionReason-error\"").contains("action=\"/organise/roadshows/" + event.id()
                        + "/registrations/" + b.registration().id() + "/reject\"")
                .doesNotContain("id=\"f-reason-error\"");
        assertThat(refused.indexOf("id=\"f-decisionReason\"")).isGreaterThan(refused.indexOf(
                "/registrations/" + b.registration().id() + "/reject"));
        assertThat(stored(b).status()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);

        decide(event, b, "reject", "融资阶段与本场不符").expectStatus().isSeeOther();
        assertThat(stored(b).status()).isEqualTo(RegistrationStatus.REJECTED);
        String firmPage = get(web.mutateWith(memberB.session()), registrationPath(event, b)).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(firmPage).contains("未通过").contains("融资阶段与本场不符").doesNotContain(">REJECTED<");
        // Decided once, a second decision is refused on the page, not with an error page.
        assertThat(decide(event, a, "approve", "").expectStatus().isEqualTo(409).expectBody(String.class)
                .returnResult().getResponseBody()).contains("存在以下问题");
    }

    @Test
    void afterTheEventTheOrganiserRecordsTheFollowUpAndTheFirmReadsIt() {
        Principals member = Principals.firmUser("rs-outcome");
        Roadshow event = fixtures().published(unique("成效路演"), 2);
        RegistrationView view = fixtures().register(member, event.id(), firms.approvedFirm(member, unique("成效公司")));
        String form = "/organise/roadshows/" + event.id() + "/registrations/" + view.registration().id() + "/outcome";
        // Before the event nothing came of it yet.
        post(form, outcome("true", "true", "false", "")).expectStatus().isEqualTo(409);

        started(event);
        assertThat(get(organiser(), "/organise/roadshows/" + event.id()).expectBody(String.class).returnResult()
                .getResponseBody()).contains(form).contains("登记成效");
        assertThat(get(organiser(), form).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody()).contains("投资机构有意向").contains("已安排后续洽谈").contains("未填写");

        String refused = post(form, outcome("true", "true", "false", "3,000,000")).expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("href=\"#f-financingAmount\"").contains("填写金额时须勾选").contains("value=\"3,000,000\"");

        String saved = post(form, outcome("true", "true", "true", "3,000,000")).expectStatus().isSeeOther()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
        assertThat(saved).isEqualTo("/organise/roadshows/" + event.id() + "?outcome");
        assertThat(stored(view).outcome().followUpMeeting()).isTrue();
        assertThat(stored(view).outcome().financingAmount()).isEqualByComparingTo("3000000");
        String firmPage = get(web.mutateWith(member.session()), registrationPath(event, view)).expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(firmPage).contains("路演成效").contains("已安排后续洽谈").contains("3,000,000");
        assertThat(get(organiser(), form).expectBody(String.class).returnResult().getResponseBody())
                .contains("value=\"3,000,000\"");
    }

    @Test
    void theDecksOfEveryFirmComeAsOneZipToOrganisersOnly() throws IOException {
        Roadshow event = fixtures().published(unique("材料路演"), 3);
        Principals memberA = Principals.firmUser("rs-zip-a");
        Principals memberB = Principals.firmUser("rs-zip-b");
        Principals memberC = Principals.firmUser("rs-zip-c");
        fixtures().withDeck(memberA, fixtures().register(memberA, event.id(),
                firms.approvedFirm(memberA, unique("材料甲公司"))));
        fixtures().withDeck(memberB, fixtures().register(memberB, event.id(),
                firms.approvedFirm(memberB, unique("材料乙公司"))));
        fixtures().register(memberC, event.id(), firms.approvedFirm(memberC, unique("无材料公司")));

        byte[] zip = get(organiser(), "/organise/roadshows/" + event.id() + "/decks.zip").expectStatus().isOk()
                .expectHeader().contentType("application/zip")
                .expectHeader().value("Content-Disposition", d -> assertThat(d).startsWith("attachment")
                        .endsWith("-decks.zip\""))
                .expectBody().returnResult().getResponseBody();
        Map<String, Integer> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                assertThat(new String(content, 0, 5)).isEqualTo("%PDF-");
                entries.put(entry.getName(), content.length);
            }
        }
        assertThat(entries).hasSize(2).allSatisfy((name, size) -> assertThat(size).isPositive());
        assertThat(entries.keySet()).anyMatch(name -> name.startsWith("材料甲公司")).anyMatch(name -> name.startsWith("材料乙公司"))
                .allMatch(name -> name.endsWith("路演材料.pdf"));

        get(web.mutateWith(memberA.session()), "/organise/roadshows/" + event.id() + "/decks.zip")
                .expectStatus().isForbidden();
        get(organiser(), "/organise/roadshows/" + new ObjectId() + "/decks.zip").expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec decide(Roadshow event, RegistrationView view, String decision, String reason) {
        return post("/organise/roadshows/" + event.id() + "/registrations/" + view.registration().id() + "/" + decision,
                single("reason", reason));
    }

    private WebTestClient.ResponseSpec post(String uri, MultiValueMap<String, String> data) {
        return organiser().mutateWith(csrf()).post().uri(uri).body(BodyInserters.fromFormData(data)).exchange();
    }

    private static MultiValueMap<String, String> outcome(String interest, String meeting, String obtained,
                                                         String amount) {
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("investorInterest", interest);
        data.add("followUpMeeting", meeting);
        data.add("financingObtained", obtained);
        data.add("financingAmount", amount);
        data.add("note", "投资机构约定下月实地考察");
        return data;
    }

    private static MultiValueMap<String, String> single(String name, String value) {
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add(name, value);
        return data;
    }

    /** The event under way: it began an hour ago (organisers cannot set a start in the past). */
    private void started(Roadshow event) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.id())), new Update()
                .set("registrationOpensAt", now.minus(3, ChronoUnit.HOURS))
                .set("registrationClosesAt", now.minus(2, ChronoUnit.HOURS)).set("startsAt", now.minus(1, ChronoUnit.HOURS))
                .set("endsAt", now.plus(2, ChronoUnit.HOURS)), Roadshow.class).block(PageFixtures.TIMEOUT);
    }

    private cn.baiyun.hte.roadshow.Registration stored(RegistrationView view) {
        return mongo.findById(view.registration().id(), cn.baiyun.hte.roadshow.Registration.class)
                .block(PageFixtures.TIMEOUT);
    }

    private static String registrationPath(Roadshow event, RegistrationView view) {
        return "/roadshows/" + event.id() + "/registrations/" + view.registration().id();
    }

    private static WebTestClient.ResponseSpec get(WebTestClient client, String uri) {
        return client.get().uri(uri).exchange();
    }
}
