package cn.baiyun.hte.platform.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.enterprise.Enterprise;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API body is read strictly, by one mechanism, whatever the endpoint: control characters are refused
 * in any text field, a date is an ISO string in the plausible years, an enum is named; each refusal is a
 * field error in the reader's language, and nothing is stored.
 */
@PortalIntegrationTest
class StrictInputTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;

    Principals member;
    String firm;

    @BeforeEach
    void aFirmWithAMember() {
        member = Principals.firmUser("strict-member");
        firm = firms.approvedFirm(member, "严格读取测试公司");
    }

    static Stream<Arguments> refusedCharacters() {
        return Stream.of(Arguments.of("NUL", "\u0000"), Arguments.of("ESC", "\u001B"), Arguments.of("DEL", "\u007F"),
                Arguments.of("C1 NEL", "\u0085"), Arguments.of("U+FFFF", "\uFFFF"), Arguments.of("U+FFFE", "\uFFFE"),
                Arguments.of("a lone high surrogate", "\uD800"), Arguments.of("a lone low surrogate", "\uDC00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCharacters")
    void aControlCharacterInAFirmsNameOrContactIsAFieldErrorAndNothingIsStored(String label, String character) {
        Enterprise before = firms.stored(firm);
        Map<String, Object> profile = profile("改名" + character + "公司", "王" + character + "工");

        putProfile(profile, "en").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:hte:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[0].code").isEqualTo("text.control-character")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).startsWith(
                        "Remove the control characters"));
        profile.put("name", "改名公司");
        putProfile(profile, "zh-CN").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("contacts[0].name")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).startsWith("请删除其中的控制字符"));

        assertThat(firms.stored(firm)).isEqualTo(before);
    }

    @Test
    void tabsAndLineBreaksAreTextButNotInAListOfNamesAsControlCharacters() {
        Map<String, Object> visit = visit(LocalDate.now(ClockConfiguration.ZONE).minusDays(1));
        visit.put("summary", "第一行\r\n第二行\t缩进");
        postVisit(visit, "en").expectStatus().isCreated()
                .expectBody().jsonPath("$.summary").isEqualTo("第一行\r\n第二行\t缩进");

        visit.put("bureauAttendees", List.of("王审核", "刘\u0007洋"));
        postVisit(visit, "en").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("bureauAttendees[1]")
                .jsonPath("$.errors[0].code").isEqualTo("text.control-character");
    }

    @Test
    void aDateIsAnIsoStringInThePlausibleYearsOnly() {
        LocalDate yesterday = LocalDate.now(ClockConfiguration.ZONE).minusDays(1);
        Map<String, Object> visit = visit(yesterday);

        for (Object notADate : new Object[] {-1, 20260101, 1.5, true, List.of(2026, 1, 1), "2026-02-30", "26-01-01",
                "+2026-01-01"}) {
            visit.put("visitDate", notADate);
            postVisit(visit, "en").expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo("visitDate")
                    .jsonPath("$.errors[0].code").isEqualTo("typeMismatch");
        }
        for (String implausible : new String[] {"0000-01-01", "1899-12-31", "2101-01-01", "9999-12-31"}) {
            visit.put("visitDate", implausible);
            postVisit(visit, "en").expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo("visitDate")
                    .jsonPath("$.errors[0].code").isEqualTo("date.out-of-range")
                    .jsonPath("$.errors[0].message").isEqualTo("Enter a date from 1900-01-01 to 2100-12-31");
        }
        Map<String, Object> profile = profile("日期测试公司", "王工");
        profile.put("registrationDate", "0000-01-01");
        putProfile(profile, "zh-CN").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("registrationDate")
                .jsonPath("$.errors[0].message").isEqualTo("请输入 1900-01-01 至 2100-12-31 之间的日期");

        visit.put("visitDate", yesterday.toString());
        postVisit(visit, "en").expectStatus().isCreated();
    }

    @Test
    void anEnumIsNamedNeverNumbered() {
        Map<String, Object> visit = visit(LocalDate.now(ClockConfiguration.ZONE).minusDays(1));
        visit.put("topics", List.of(1, 2));
        postVisit(visit, "en").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("topics[0]")
                .jsonPath("$.errors[0].code").isEqualTo("typeMismatch");
        visit.put("topics", List.of("1"));
        postVisit(visit, "en").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("topics[0]");

        Map<String, Object> profile = profile("枚举测试公司", "王工");
        profile.put("lifecycleStage", 0);
        putProfile(profile, "en").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("lifecycleStage");
    }

    @Test
    void aControlCharacterInAQueryParameterIsAFieldErrorNamingIt() {
        for (String value : new String[] {"%00", "%1B", "%0D%0AFORGED", "%09", "%C2%85", "%EF%BF%BF"}) {
            web.mutateWith(Principals.reviewer().bearer()).get()
                    .uri(java.net.URI.create("/api/v1/enterprises?namePrefix=%E5%85%AC" + value))
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo("namePrefix")
                    .jsonPath("$.errors[0].code").isEqualTo("text.control-character");
        }
        web.mutateWith(member.bearer()).get()
                .uri(java.net.URI.create("/api/v1/enterprises/" + firm + "/filings?fiscal%1BYear=1"))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.mutateWith(Principals.reviewer().bearer()).get()
                .uri(java.net.URI.create("/api/v1/coaching/follow-ups?dueBefore=0000-01-01"))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.mutateWith(Principals.reviewer().bearer()).get()
                .uri(java.net.URI.create("/api/v1/enterprises?namePrefix=%E5%85%AC"))
                .exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec putProfile(Map<String, Object> profile, String language) {
        return web.mutateWith(member.bearer()).put().uri("/api/v1/enterprises/{id}", firm)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(profile).exchange();
    }

    private WebTestClient.ResponseSpec postVisit(Map<String, Object> visit, String language) {
        return web.mutateWith(Principals.reviewer().bearer()).post()
                .uri("/api/v1/enterprises/{id}/coaching-visits", firm)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(visit).exchange();
    }

    private static Map<String, Object> profile(String name, String contact) {
        Map<String, Object> profile = new HashMap<>(Map.of("name", name, "registrationDate", "2020-05-06",
                "address", "贵阳市白云区", "district", "白云区", "technicalField", "1.1.10",
                "lifecycleStage", "REGISTERED_FIRM"));
        profile.put("contacts", List.of(Map.of("name", contact, "phone", "0851-1234567")));
        return profile;
    }

    private static Map<String, Object> visit(LocalDate on) {
        Map<String, Object> visit = new HashMap<>();
        visit.put("visitDate", on.toString());
        visit.put("bureauAttendees", new ArrayList<>(List.of("王审核")));
        visit.put("firmAttendees", new ArrayList<>(List.of("李明（总经理）")));
        visit.put("topics", new ArrayList<>(List.of("RD_EXPENSE_COLLECTION")));
        visit.put("summary", "核对研发费用归集情况。");
        return visit;
    }
}
