package cn.baiyun.hte.filing.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class RdProjectApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    StoredPortfolio stored;
    @Autowired
    ReactiveMongoTemplate mongo;

    Principals member;
    String firm;
    String base;

    @BeforeEach
    void aFirmWithAMember() {
        member = Principals.firmUser("member");
        firm = firms.approvedFirm(member, "研发项目测试公司");
        base = "/api/v1/enterprises/" + firm + "/rd-projects";
    }

    @Test
    void aProjectKeepsItsMoneyExactAndShowsItsTotalSpend() {
        var created = post(Samples.rdProject("RD01"), "zh-CN").expectStatus().isCreated()
                .expectBody(RdProjectResource.class).returnResult().getResponseBody();

        assertThat(created.totalSpend()).isEqualByComparingTo("770000.25");
        assertThat(created.details().budget()).isEqualByComparingTo("1200000.50");
        Document raw = mongo.findById(new org.bson.types.ObjectId(created.id()), Document.class, "rdProjects")
                .block();
        assertThat(raw.get("details", Document.class).get("budget")).isInstanceOf(Decimal128.class);
    }

    @Test
    void badAmountsDatesAndYearsGetLocalizedFieldErrorsAndChangeNothing() {
        post(Samples.rdProject("RD01"), "zh-CN").expectStatus().isCreated();
        var before = stored.of(firm);
        Map<String, Object> body = Samples.rdProject("RD 02!");
        body.put("startDate", "2024-01-01");
        body.put("endDate", "2023-12-31");
        body.put("budget", new BigDecimal("-1"));
        body.put("spendByYear", List.of(Map.of("year", 2024, "amount", new BigDecimal("10.123")),
                Map.of("year", 2024, "amount", 5), Map.of("year", 2025)));

        post(body, "en").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'code')].code").isEqualTo("portfolio.rd-project.code.format")
                .jsonPath("$.errors[?(@.field == 'endDate')].message")
                .isEqualTo("The end date cannot be before the start date (2024-01-01)")
                .jsonPath("$.errors[?(@.field == 'budget')].message").isEqualTo("The amount cannot be negative")
                .jsonPath("$.errors[?(@.field == 'spendByYear[0].amount')].message")
                .isEqualTo("Enter yuan with at most 2 decimal places")
                .jsonPath("$.errors[?(@.field == 'spendByYear[1].year')].message")
                .isEqualTo("Spend for 2024 is already entered above")
                .jsonPath("$.errors[?(@.field == 'spendByYear[2].amount')].code").isEqualTo("NotNull");

        Map<String, Object> outside = Samples.rdProject("RD03");
        outside.remove("budget");
        outside.put("spendByYear", List.of(Map.of("year", 2022, "amount", 1)));
        post(outside, "zh-CN").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'budget')].message").isEqualTo("此项为必填项")
                .jsonPath("$.errors[?(@.field == 'spendByYear[0].year')].code")
                .isEqualTo("portfolio.rd-project.spend.year.range");

        assertThat(stored.of(firm)).isEqualTo(before);
    }

    @Test
    void aNonNumericAmountIsAClientErrorAndChangesNothing() {
        String id = post(Samples.rdProject("RD01"), "zh-CN").expectStatus().isCreated()
                .expectBody(RdProjectResource.class).returnResult().getResponseBody().id();
        var before = stored.of(firm);
        Map<String, Object> body = Samples.rdProject("RD01");
        body.put("budget", "一百万");

        web.mutateWith(member.bearer()).put().uri(base + "/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo("budget");
        web.mutateWith(member.bearer()).post().uri(base).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\": \"RD09\", \"budget\": 12abc}").exchange()
                .expectStatus().isBadRequest();
        Map<String, Object> nullRow = Samples.rdProject("RD09");
        nullRow.put("spendByYear", java.util.Arrays.asList((Object) null));
        post(nullRow, "zh-CN").expectStatus().isBadRequest();

        assertThat(stored.of(firm)).isEqualTo(before);
    }

    @Test
    void aCodeIsUniqueWithinTheFirmOnly() {
        post(Samples.rdProject("RD01"), "zh-CN").expectStatus().isCreated();
        var before = stored.of(firm);

        post(Samples.rdProject("RD01"), "zh-CN").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").isEqualTo("本企业已有编号为 RD01 的研发项目");
        assertThat(stored.of(firm)).isEqualTo(before);

        Principals other = Principals.firmUser("other");
        String otherFirm = firms.approvedFirm(other, "研发项目测试他人公司");
        web.mutateWith(other.bearer()).post().uri("/api/v1/enterprises/{id}/rd-projects", otherFirm)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Samples.rdProject("RD01")).exchange()
                .expectStatus().isCreated();
    }

    @Test
    void staleIfMatchGets412AndChangesNothing() {
        String id = post(Samples.rdProject("RD01"), "zh-CN").expectStatus().isCreated()
                .expectBody(RdProjectResource.class).returnResult().getResponseBody().id();
        var before = stored.of(firm);

        web.mutateWith(member.bearer()).put().uri(base + "/{id}", id).header(HttpHeaders.IF_MATCH, "\"3\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Samples.rdProject("RD02")).exchange()
                .expectStatus().isEqualTo(412);
        web.mutateWith(member.bearer()).delete().uri(base + "/{id}", id).header(HttpHeaders.IF_MATCH, "\"3\"")
                .exchange().expectStatus().isEqualTo(412);

        assertThat(stored.of(firm)).isEqualTo(before);
    }

    private WebTestClient.ResponseSpec post(Map<String, Object> body, String language) {
        return web.mutateWith(member.bearer()).post().uri(base).header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
