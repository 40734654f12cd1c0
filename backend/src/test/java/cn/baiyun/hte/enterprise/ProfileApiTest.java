package cn.baiyun.hte.enterprise;

import java.util.List;
import java.util.Map;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ProfileApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;

    Principals member;
    String firm;

    @BeforeEach
    void aFirmWithAMember() {
        member = Principals.firmUser("member");
        firm = firms.approvedFirm(member, "档案测试公司");
    }

    @Test
    void memberReplacesTheProfileAndGetsTheNewVersion() {
        var saved = put(validProfile("档案测试公司（更名）"), null)
                .expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody(EnterpriseResource.class).returnResult().getResponseBody();

        assertThat(saved.profile().name()).isEqualTo("档案测试公司（更名）");
        assertThat(saved.profile().technicalField()).isEqualTo("1.1.10");
        assertThat(stored().profile()).isEqualTo(saved.profile());
    }

    @Test
    void invalidProfileGetsLocalizedFieldErrorsAndChangesNothing() {
        Enterprise before = stored();
        Map<String, Object> profile = new java.util.HashMap<>(validProfile("  "));
        profile.put("technicalField", "9.9");
        profile.put("registrationDate", "2099-01-01");
        profile.put("specialized", Map.of("level", "PROVINCIAL", "issuer", "省工信厅",
                "validFrom", "2025-01-01", "validTo", "2024-01-01"));
        profile.put("contacts", List.of(Map.of("name", "", "email", "not-an-email")));

        web.mutateWith(member.bearer()).put().uri("/api/v1/enterprises/{id}", firm)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(profile)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:hte:problem:validation")
                .jsonPath("$.title").isEqualTo("The submitted data is invalid")
                .jsonPath("$.errors[?(@.field == 'name')].message").isEqualTo("This field is required")
                .jsonPath("$.errors[?(@.field == 'technicalField')].code").isEqualTo("enterprise.technical-field.unknown")
                .jsonPath("$.errors[?(@.field == 'registrationDate')].code").isEqualTo("PastOrPresent")
                .jsonPath("$.errors[?(@.field == 'specialized.validTo')].code").isEqualTo("enterprise.dates.order")
                .jsonPath("$.errors[?(@.field == 'contacts[0].name')].code").isEqualTo("NotBlank")
                .jsonPath("$.errors[?(@.field == 'contacts[0].email')].code").isEqualTo("Email");

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void errorsAreInChineseByDefault() {
        web.mutateWith(member.bearer()).put().uri("/api/v1/enterprises/{id}", firm)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(validProfile(""))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.title").isEqualTo("提交的数据有误")
                .jsonPath("$.errors[0].message").isEqualTo("此项为必填项");
    }

    @Test
    void malformedJsonIsAClientErrorAndAWrongTypeNamesItsField() {
        Enterprise before = stored();
        web.mutateWith(member.bearer()).put().uri("/api/v1/enterprises/{id}", firm)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:malformed-request");
        web.mutateWith(member.bearer()).put().uri("/api/v1/enterprises/{id}", firm)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"x\", \"registrationDate\": \"yesterday\", \"lifecycleStage\": \"REGISTERED_FIRM\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo("registrationDate")
                .jsonPath("$.errors[0].code").isEqualTo("typeMismatch");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void staleIfMatchGets412AndChangesNothing() {
        String etag = web.mutateWith(member.bearer()).get().uri("/api/v1/enterprises/{id}", firm)
                .exchange().expectStatus().isOk()
                .returnResult(EnterpriseResource.class).getResponseHeaders().getETag();
        put(validProfile("第一次修改"), etag).expectStatus().isOk();
        Enterprise afterFirst = stored();

        put(validProfile("基于旧版本的修改"), etag)
                .expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:stale-version");

        assertThat(stored()).isEqualTo(afterFirst);
    }

    @Test
    void aStrangersIfMatchIsNeverCheckedOnlyRefusedAs404() {
        Enterprise before = stored();
        for (String ifMatch : new String[] {"\"0\"", "\"" + before.version() + "\"", "not-a-version"}) {
            web.mutateWith(Principals.firmUser("stranger").bearer()).put().uri("/api/v1/enterprises/{id}", firm)
                    .header(HttpHeaders.IF_MATCH, ifMatch)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(validProfile("陌生人的修改"))
                    .exchange().expectStatus().isNotFound();
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anUnreadableIfMatchIsStaleAndAWeakOrWildcardOneIsRead() {
        Enterprise before = stored();
        put(validProfile("乱写的版本"), "not-a-version").expectStatus().isEqualTo(412);
        assertThat(stored()).isEqualTo(before);

        put(validProfile("弱标签的修改"), "W/\"" + before.version() + "\"").expectStatus().isOk();
        put(validProfile("任意版本的修改"), "*").expectStatus().isOk();
        assertThat(stored().profile().name()).isEqualTo("任意版本的修改");
    }

    @Test
    void unknownApiPathIsAProblemNotAPage() {
        web.mutateWith(member.bearer()).get().uri("/api/v1/no-such-thing")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:not-found");
    }

    private WebTestClient.ResponseSpec put(Map<String, Object> profile, String ifMatch) {
        var request = web.mutateWith(member.bearer()).put().uri("/api/v1/enterprises/{id}", firm)
                .contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.bodyValue(profile).exchange();
    }

    private Enterprise stored() {
        return firms.stored(firm);
    }

    private static Map<String, Object> validProfile(String name) {
        return Map.of("name", name, "registrationDate", "2020-05-06", "address", "贵阳市白云区",
                "district", "白云区", "technicalField", "1.1.10", "residentEnterprise", true,
                "lifecycleStage", "REGISTERED_FIRM",
                "contacts", List.of(Map.of("name", "王工", "phone", "0851-1234567", "email", "wang@example.cn")));
    }
}
