package cn.baiyun.hte.roadshow.web;

import java.nio.charset.StandardCharsets;

import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.RegistrationStatus;
import cn.baiyun.hte.roadshow.RegistrationView;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowAccess;
import cn.baiyun.hte.roadshow.RoadshowService;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static cn.baiyun.hte.roadshow.web.PageFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

@PortalIntegrationTest
class RoadshowPagesTest {

    @Autowired
    WebTestClient web;
    @Autowired
    RoadshowService roadshows;
    @Autowired
    RegistrationService registrations;
    @Autowired
    TestFirms firms;

    PageFixtures fixtures() {
        return new PageFixtures(roadshows, registrations);
    }


    @Test
    void anyoneReadsPublishedEventsAndTheirCalendarFileButNoDraft() {
        String title = unique("公开路演");
        String draftTitle = unique("草稿路演");
        Roadshow published = fixtures().published(title, 3);
        Roadshow draft = fixtures().draft(draftTitle, 3);

        String list = get(web, "/roadshows").expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(list).contains("项目路演与培训").contains(title).doesNotContain(draftTitle)
                .contains("href=\"/roadshows\"").contains(">项目路演<").doesNotContain("ROADSHOW");
        String detail = get(web, "/roadshows/" + published.id()).expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(detail).contains(title).contains("共 3 家企业席位，剩余 3 个，候补 0 家").contains("贵州创投")
                .contains("/roadshows/" + published.id() + ".ics").contains("登录并报名");
        assertThat(get(web, "/roadshows/" + published.id() + "?lang=en").expectBody(String.class).returnResult()
                .getResponseBody()).contains(title + " (en)").contains("3 firm seats, 3 free, 0 firms waiting");
        get(web, "/roadshows/" + draft.id()).expectStatus().isNotFound();
        get(web, "/roadshows/" + draft.id() + ".ics").expectStatus().isNotFound();

        String ics = get(web, "/roadshows/" + published.id() + ".ics").expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/calendar")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai").contains("DTSTART;TZID=Asia/Shanghai:")
                .contains("LOCATION:白云区科技创新中心");
    }

    @Test
    void aBadMonthFilterIsShownInlineAndNothingElseBreaks() {
        String page = get(web, "/roadshows?month=2027-13").expectStatus().isBadRequest().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(page).contains("存在以下问题").contains("id=\"f-month-error\"").contains("href=\"#f-month\"");
    }

    @Test
    void aFirmSignsUpOnThePageGetsItsCodeAndQrCodeAndTheNextFirmWaits() {
        Principals memberA = Principals.firmUser("rs-a");
        Principals memberB = Principals.firmUser("rs-b");
        String firmA = firms.approvedFirm(memberA, unique("路演甲公司"));
        String firmB = firms.approvedFirm(memberB, unique("路演乙公司"));
        Roadshow event = fixtures().published(unique("一席路演"), 1);

        String form = get(web.mutateWith(memberA.session()), "/roadshows/" + event.id() + "/sign-up")
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(form).contains("路演项目").contains("拟融资金额（元）").contains("参会人 2").contains("name=\"firm\"");

        String location = signUp(memberA, event.id(), firmA, "13800138000").expectStatus().isSeeOther()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
        assertThat(location).startsWith("/roadshows/" + event.id() + "/registrations/").endsWith("?registered");
        RegistrationView a = registrations.ofFirm(memberA.user(), event.id(), firmA).block(PageFixtures.TIMEOUT);
        assertThat(a.registration().status()).isEqualTo(RegistrationStatus.CONFIRMED);

        String page = get(web.mutateWith(memberA.session()), location).expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(page).contains("报名已提交。").contains("已确认").contains(a.registration().checkInCode())
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\"").contains("5,000,000 元").doesNotContain("CONFIRMED");

        signUp(memberB, event.id(), firmB, "13900139000").expectStatus().isSeeOther();
        RegistrationView b = registrations.ofFirm(memberB.user(), event.id(), firmB).block(PageFixtures.TIMEOUT);
        String waiting = get(web.mutateWith(memberB.session()),
                "/roadshows/" + event.id() + "/registrations/" + b.registration().id()).expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(waiting).contains("候补中").contains("候补第 1 位").doesNotContain("class=\"qr-code\"")
                .doesNotContain(b.registration().checkInCode());
        String detail = get(web.mutateWith(memberB.session()), "/roadshows/" + event.id()).expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(detail).contains("候补第 1 位").contains("查看本企业的报名");
    }

    @Test
    void aBadSignUpIsShownInlineAndStoresNothing() {
        Principals member = Principals.firmUser("rs-bad");
        String firm = firms.approvedFirm(member, unique("路演丙公司"));
        Roadshow event = fixtures().published(unique("校验路演"), 3);

        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("firm", firm);
        data.add("financingSought", "abc");
        data.add("attendees[0].name", "李四");
        data.add("attendees[0].role", "CTO");
        data.add("attendees[0].mobile", "12345");
        String page = web.mutateWith(member.session()).mutateWith(csrf()).post().uri("/roadshows/" + event.id() + "/sign-up")
                .body(BodyInserters.fromFormData(data)).exchange().expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("存在以下问题").contains("href=\"#f-financingSought\"").contains("value=\"abc\"");

        data.set("financingSought", "1,000,000");
        page = web.mutateWith(member.session()).mutateWith(csrf()).post().uri("/roadshows/" + event.id() + "/sign-up")
                .body(BodyInserters.fromFormData(data)).exchange().expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("href=\"#f-attendees-0-mobile\"").contains("id=\"f-attendees-0-mobile-error\"")
                .contains("href=\"#f-projectName\"").contains("value=\"12345\"");
        assertThat(registrations.ofFirm(member.user(), event.id(), firm).blockOptional(PageFixtures.TIMEOUT)).isEmpty();
    }

    @Test
    void theOrganiserChecksAFirmInByItsCodeTwiceHarmlesslyAndRefusesAnUnknownOne() {
        Principals member = Principals.firmUser("rs-door");
        String firm = firms.approvedFirm(member, unique("签到公司"));
        Roadshow event = fixtures().published(unique("签到路演"), 3);
        RegistrationView view = fixtures().register(member, event.id(), firm);
        String code = view.registration().checkInCode();
        WebTestClient organiser = web.mutateWith(PageFixtures.ORGANISER.session());

        for (int time = 0; time < 2; time++) {
            String page = organiser.mutateWith(csrf()).post().uri("/organise/roadshows/" + event.id() + "/check-in")
                    .body(BodyInserters.fromFormData("code", code.toLowerCase())).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(page).contains("签到码 " + code + " 已签到");
        }
        String refused = organiser.mutateWith(csrf()).post().uri("/organise/roadshows/" + event.id() + "/check-in")
                .body(BodyInserters.fromFormData("code", "NOPE-0000")).exchange().expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("id=\"f-code-error\"").contains("存在以下问题");

        String manage = get(organiser, "/organise/roadshows/" + event.id()).expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(manage).contains("签到公司").contains("5,000,000").contains("A 轮").contains("已确认")
                .doesNotContain("SERIES_A").doesNotContain("CONFIRMED");

        // Once in, the firm's page says so instead of asking it to show a code it no longer needs.
        String firmPage = get(web.mutateWith(member.session()),
                "/roadshows/" + event.id() + "/registrations/" + view.registration().id()).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(firmPage).contains("已于 ").doesNotContain(code).doesNotContain("class=\"qr-code\"");
    }

    @Test
    void theFinanceOfficeOrganisesAndAnEventWithTheEndBeforeTheStartIsRefusedInline() {
        Principals financeOffice = Principals.department(RoadshowAccess.FINANCE_OFFICE);
        WebTestClient officer = web.mutateWith(financeOffice.session());
        get(officer, "/organise/roadshows").expectStatus().isOk();

        String title = unique("时间错误路演");
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("kind", "TRAINING");
        data.add("titleZh", title);
        data.add("descriptionZh", "研发费用加计扣除政策解读");
        data.add("startsAt", "2030-03-18T14:00");
        data.add("endsAt", "2030-03-18T09:00");
        data.add("venue", "区政务中心");
        data.add("capacity", "30");
        data.add("registrationOpensAt", "2030-03-01T09:00");
        data.add("registrationClosesAt", "2030-03-15T18:00");
        data.add("approvalRequired", "false");
        data.add("attendeesPerFirm", "2");
        String page = officer.mutateWith(csrf()).post().uri("/organise/roadshows").body(BodyInserters.fromFormData(data))
                .exchange().expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("存在以下问题").contains("href=\"#f-endsAt\"").contains("value=\"" + title + "\"");

        data.set("endsAt", "2030-03-18T17:00");
        String location = officer.mutateWith(csrf()).post().uri("/organise/roadshows").body(BodyInserters.fromFormData(data))
                .exchange().expectStatus().isSeeOther().returnResult(String.class).getResponseHeaders().getLocation()
                .toString();
        assertThat(location).startsWith("/organise/roadshows/").endsWith("?created");
        assertThat(get(officer, location).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .contains(title).contains("培训 / 政策解读").contains("草稿").contains("2030-03-18 14:00 – 17:00");
    }

    @Test
    void theParticipantFilesShowMobilesOnlyWhereTheFirmConsented() {
        Principals member = Principals.firmUser("rs-export");
        String firm = firms.approvedFirm(member, unique("导出公司"));
        Roadshow event = fixtures().published(unique("导出路演"), 3);
        var noConsent = new cn.baiyun.hte.roadshow.RegistrationForm("导出项目", "简介", new java.math.BigDecimal("800000"),
                cn.baiyun.hte.roadshow.FundingStage.ANGEL, "研发", java.util.List.of(
                        new cn.baiyun.hte.roadshow.Attendee("王五", "董事长", "13700137000")), false);
        registrations.register(member.user(), event.id(), firm, noConsent).block(PageFixtures.TIMEOUT);
        WebTestClient organiser = web.mutateWith(PageFixtures.ORGANISER.session());

        byte[] csv = get(organiser, "/organise/roadshows/" + event.id() + "/participants.csv").expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv").expectBody().returnResult().getResponseBody();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF企业名称,").contains("导出公司").contains("王五 (董事长)").contains("天使轮")
                .doesNotContain("13700137000");
        get(organiser, "/organise/roadshows/" + event.id() + "/participants.xlsx").expectStatus().isOk()
                .expectHeader().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static WebTestClient.ResponseSpec get(WebTestClient client, String uri) {
        return client.get().uri(uri).exchange();
    }

    private WebTestClient.ResponseSpec signUp(Principals member, String event, String firm, String mobile) {
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("firm", firm);
        data.add("projectName", "智能检测");
        data.add("summary", "工业视觉检测设备");
        data.add("financingSought", "5,000,000");
        data.add("stage", "SERIES_A");
        data.add("useOfFunds", "扩产");
        data.add("attendees[0].name", "张三");
        data.add("attendees[0].role", "总经理");
        data.add("attendees[0].mobile", mobile);
        data.add("attendees[1].name", "");
        data.add("consentToShareContacts", "true");
        return web.mutateWith(member.session()).mutateWith(csrf()).post().uri("/roadshows/" + event + "/sign-up")
                .body(BodyInserters.fromFormData(data)).exchange();
    }
}
