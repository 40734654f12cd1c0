package cn.baiyun.hte.roadshow.web;

import java.nio.charset.StandardCharsets;

import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.RegistrationView;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowService;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.UploadRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static cn.baiyun.hte.roadshow.web.PageFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * A firm's own registration page after signing up: changing what it registered, uploading its pitch deck
 * (PDF only) and downloading it again, which organisers can too and another firm cannot.
 */
@PortalIntegrationTest
class RegistrationPagesTest {

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
    void aFirmChangesItsRegistrationOnThePageAndABadChangeIsShownInlineAndStoresNothing() {
        Principals member = Principals.firmUser("rs-edit");
        Roadshow event = fixtures().published(unique("修改路演"), 2);
        RegistrationView view = fixtures().register(member, event.id(), firms.approvedFirm(member, unique("修改公司")));
        String page = registrationPath(event, view);
        WebTestClient firm = web.mutateWith(member.session());

        assertThat(get(firm, page).expectBody(String.class).returnResult().getResponseBody())
                .contains("href=\"" + page + "/edit\"").contains("修改报名信息");
        String form = get(firm, page + "/edit").expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(form).contains("value=\"智能检测项目\"").contains("value=\"13800138000\"").contains("保存修改")
                .contains("action=\"" + page + "/edit\"").doesNotContain("name=\"firm\"");

        // Three people where the event allows two.
        MultiValueMap<String, String> data = edited("智能检测二期", "13900139000");
        data.set("attendees[1].name", "王五");
        data.set("attendees[1].role", "市场");
        data.set("attendees[1].mobile", "13700137000");
        data.set("attendees[2].name", "赵六");
        data.set("attendees[2].role", "财务");
        data.set("attendees[2].mobile", "13600136000");
        String refused = post(firm, page + "/edit", data).expectStatus().isBadRequest().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(refused).contains("存在以下问题").contains("value=\"智能检测二期\"");
        assertThat(stored(member, view).registration().pitch().projectName()).isEqualTo("智能检测项目");

        String saved = post(firm, page + "/edit", edited("智能检测二期", "13900139000")).expectStatus().isSeeOther()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
        assertThat(saved).isEqualTo(page + "?saved");
        assertThat(get(firm, saved).expectBody(String.class).returnResult().getResponseBody())
                .contains("报名信息已保存。").contains("智能检测二期").contains("李四");
        RegistrationView after = stored(member, view);
        assertThat(after.registration().pitch().projectName()).isEqualTo("智能检测二期");
        assertThat(after.registration().attendees()).extracting(a -> a.mobile()).containsExactly("13900139000");
        assertThat(after.registration().status()).isEqualTo(view.registration().status());

        // Another firm's member can neither open the form nor change it.
        Principals other = Principals.firmUser("rs-edit-other");
        firms.approvedFirm(other, unique("他人公司"));
        get(web.mutateWith(other.session()), page + "/edit").expectStatus().isNotFound();
        post(web.mutateWith(other.session()), page + "/edit", edited("篡改", "13900139000")).expectStatus().isNotFound();
    }

    @Test
    void aFirmUploadsItsDeckOnThePageDownloadsItAndTheOrganiserToo() {
        Principals member = Principals.firmUser("rs-deck");
        Roadshow event = fixtures().published(unique("材料上传路演"), 2);
        RegistrationView view = fixtures().register(member, event.id(), firms.approvedFirm(member, unique("材料公司")));
        String page = registrationPath(event, view);
        WebTestClient firm = web.mutateWith(member.session());
        assertThat(get(firm, page).expectBody(String.class).returnResult().getResponseBody())
                .contains("尚未上传路演材料。").contains("enctype=\"multipart/form-data\"");

        String refused = UploadRequest.file("路演材料.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8))
                .postTo(firm.mutateWith(csrf()).post().uri(page + "/deck")).exchange().expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("存在以下问题").contains("PDF");

        byte[] pdf = TestFiles.pdf(3_000);
        String uploaded = UploadRequest.file("融资计划书.pdf", pdf)
                .postTo(firm.mutateWith(csrf()).post().uri(page + "/deck")).exchange().expectStatus().isSeeOther()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
        assertThat(uploaded).isEqualTo(page + "?uploaded");
        assertThat(get(firm, uploaded).expectBody(String.class).returnResult().getResponseBody())
                .contains("路演材料已上传。").contains("融资计划书.pdf").contains("href=\"" + page + "/deck\"");

        byte[] downloaded = get(firm, page + "/deck").expectStatus().isOk().expectHeader().contentType("application/pdf")
                .expectHeader().value("Content-Disposition", d -> assertThat(d).startsWith("attachment"))
                .expectBody().returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(pdf);
        byte[] organisers = get(web.mutateWith(PageFixtures.ORGANISER.session()), "/organise/roadshows/" + event.id()
                + "/registrations/" + view.registration().id() + "/deck").expectStatus().isOk().expectBody()
                .returnResult().getResponseBody();
        assertThat(organisers).isEqualTo(pdf);

        Principals other = Principals.firmUser("rs-deck-other");
        firms.approvedFirm(other, unique("他人材料公司"));
        get(web.mutateWith(other.session()), page + "/deck").expectStatus().isNotFound();
    }

    @Test
    void aMemberOfSeveralFirmsWhoChoosesNoneIsAskedToOnTheFormAndNothingIsStored() {
        Principals member = Principals.firmUser("rs-two-firms");
        String first = firms.approvedFirm(member, unique("第一家公司"));
        String second = firms.approvedFirm(member, unique("第二家公司"));
        Roadshow event = fixtures().published(unique("多企业路演"), 2);
        WebTestClient client = web.mutateWith(member.session());
        assertThat(get(client, "/roadshows/" + event.id() + "/sign-up").expectBody(String.class).returnResult()
                .getResponseBody()).contains("id=\"f-firm\"").contains("第一家公司").contains("第二家公司");

        MultiValueMap<String, String> data = edited("双企业项目", "13800138000");
        data.add("firm", "");
        String page = post(client, "/roadshows/" + event.id() + "/sign-up", data).expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("存在以下问题").contains("href=\"#f-firm\"").contains("id=\"f-firm-error\"")
                .contains("请选择以哪家企业报名").contains("value=\"双企业项目\"");
        // With a value that could not be read as well, both are told at once.
        data.set("financingSought", "很多");
        assertThat(post(client, "/roadshows/" + event.id() + "/sign-up", data).expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("href=\"#f-firm\"").contains("href=\"#f-financingSought\"");
        assertThat(registrations.ofFirm(member.user(), event.id(), first).blockOptional(PageFixtures.TIMEOUT)).isEmpty();
        assertThat(registrations.ofFirm(member.user(), event.id(), second).blockOptional(PageFixtures.TIMEOUT)).isEmpty();
        assertThat(post(client, "/roadshows/" + event.id() + "/sign-up?lang=en", data).expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody()).contains("Choose the firm you are signing up");

        data.set("financingSought", "6,000,000");
        data.set("firm", second);
        post(client, "/roadshows/" + event.id() + "/sign-up", data).expectStatus().isSeeOther();
        assertThat(registrations.ofFirm(member.user(), event.id(), second).block(PageFixtures.TIMEOUT)).isNotNull();
    }

    private RegistrationView stored(Principals member, RegistrationView view) {
        return registrations.find(member.user(), view.registration().id()).block(PageFixtures.TIMEOUT);
    }

    private static MultiValueMap<String, String> edited(String project, String mobile) {
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("projectName", project);
        data.add("summary", "工业视觉检测设备");
        data.add("financingSought", "6,000,000");
        data.add("stage", "SERIES_A");
        data.add("useOfFunds", "扩产");
        data.add("attendees[0].name", "李四");
        data.add("attendees[0].role", "技术总监");
        data.add("attendees[0].mobile", mobile);
        data.add("consentToShareContacts", "true");
        return data;
    }

    private static WebTestClient.ResponseSpec post(WebTestClient client, String uri, MultiValueMap<String, String> data) {
        return client.mutateWith(csrf()).post().uri(uri).body(BodyInserters.fromFormData(data)).exchange();
    }

    private static WebTestClient.ResponseSpec get(WebTestClient client, String uri) {
        return client.get().uri(uri).exchange();
    }

    private static String registrationPath(Roadshow event, RegistrationView view) {
        return "/roadshows/" + event.id() + "/registrations/" + view.registration().id();
    }
}
