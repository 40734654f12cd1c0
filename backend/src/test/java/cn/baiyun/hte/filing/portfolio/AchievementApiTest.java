package cn.baiyun.hte.filing.portfolio;

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
class AchievementApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    StoredPortfolio stored;

    Principals member;
    String firm;
    String base;
    String ownAsset;

    @BeforeEach
    void aFirmWithAMemberAndAnAsset() {
        member = Principals.firmUser("member");
        firm = firms.approvedFirm(member, "成果测试公司");
        base = "/api/v1/enterprises/" + firm + "/achievements";
        ownAsset = asset(member, firm, "ZL202220300001.1");
    }

    @Test
    void anAchievementCountsOnceInEachYearOfItsTransformations() {
        var created = post(Samples.achievement(List.of(ownAsset)), "zh-CN")
                .expectStatus().isCreated().expectHeader().exists(HttpHeaders.LOCATION)
                .expectBody(AchievementResource.class).returnResult().getResponseBody();

        assertThat(created.countedYears()).containsExactly(2024, 2025);
        assertThat(created.details().transformations()).hasSize(3);
        assertThat(stored.of(firm).achievements()).singleElement()
                .satisfies(a -> assertThat(a.details().ipAssetIds()).containsExactly(ownAsset));

        Map<String, Object> changed = Samples.achievement(List.of());
        changed.put("title", "柔性夹持技术（二期）");
        web.mutateWith(member.bearer()).put().uri(base + "/{id}", created.id()).header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(changed).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.details.title").isEqualTo("柔性夹持技术（二期）");
        web.mutateWith(member.bearer()).delete().uri(base + "/{id}", created.id()).header(HttpHeaders.IF_MATCH, "\"1\"")
                .exchange().expectStatus().isNoContent();
        assertThat(stored.of(firm).achievements()).isEmpty();
    }

    @Test
    void anIpAssetOfAnotherFirmCannotBeLinkedAndNothingIsStored() {
        Principals outsider = Principals.firmUser("outsider");
        String otherFirm = firms.approvedFirm(outsider, "成果测试他人公司");
        String foreignAsset = asset(outsider, otherFirm, "ZL202220300002.2");
        var before = stored.of(firm);

        post(Samples.achievement(List.of(ownAsset, foreignAsset, ownAsset)), "en").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'ipAssetIds[1]')].message")
                .isEqualTo("The firm has no IP asset \"" + foreignAsset + "\"")
                .jsonPath("$.errors[?(@.field == 'ipAssetIds[2]')].code").isEqualTo("portfolio.achievement.ip.twice")
                .jsonPath("$.errors[?(@.field == 'ipAssetIds[0]')]").doesNotExist();

        assertThat(stored.of(firm)).isEqualTo(before);
    }

    @Test
    void eachTransformationSaysWhenHowAndIntoWhat() {
        Map<String, Object> body = Samples.achievement(List.of());
        body.put("title", "");
        body.put("transformations", List.of(
                Map.of("form", "TRANSFER", "appliedTo", "某产品"),
                Map.of("date", "2024-05-01", "year", 2023, "form", "LICENCE", "appliedTo", "某服务"),
                Map.of("date", "2099-05-01", "appliedTo", ""),
                Map.of("year", 1900, "form", "OTHER", "appliedTo", "某工艺")));

        post(body, "zh-CN").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.title").isEqualTo("提交的数据有误")
                .jsonPath("$.errors[?(@.field == 'title')].code").isEqualTo("NotBlank")
                .jsonPath("$.errors[?(@.field == 'transformations[0].date')].message").isEqualTo("请填写转化日期，或至少填写年份")
                .jsonPath("$.errors[?(@.field == 'transformations[1].year')].message").isEqualTo("年份须与日期一致（2024），或留空")
                .jsonPath("$.errors[?(@.field == 'transformations[2].date')].code").isEqualTo("PastOrPresent")
                .jsonPath("$.errors[?(@.field == 'transformations[2].form')].code").isEqualTo("NotNull")
                .jsonPath("$.errors[?(@.field == 'transformations[2].appliedTo')].code").isEqualTo("NotBlank")
                .jsonPath("$.errors[?(@.field == 'transformations[3].year')].code")
                .isEqualTo("portfolio.transformation.year.range");

        assertThat(stored.of(firm).achievements()).isEmpty();
    }

    @Test
    void emptyListEntriesAreClientErrorsNotServerErrors() {
        Map<String, Object> nullLink = Samples.achievement(java.util.Arrays.asList(ownAsset, null));
        post(nullLink, "zh-CN").expectStatus().isBadRequest();
        Map<String, Object> nullRow = Samples.achievement(List.of());
        nullRow.put("transformations", java.util.Arrays.asList((Object) null));
        post(nullRow, "zh-CN").expectStatus().isBadRequest();

        assertThat(stored.of(firm).achievements()).isEmpty();
    }

    @Test
    void staleIfMatchGets412AndChangesNothing() {
        String id = post(Samples.achievement(List.of()), "zh-CN").expectStatus().isCreated()
                .expectBody(AchievementResource.class).returnResult().getResponseBody().id();
        var before = stored.of(firm);

        web.mutateWith(member.bearer()).put().uri(base + "/{id}", id).header(HttpHeaders.IF_MATCH, "\"7\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Samples.achievement(List.of(ownAsset))).exchange()
                .expectStatus().isEqualTo(412);

        assertThat(stored.of(firm)).isEqualTo(before);
    }

    private String asset(Principals owner, String enterpriseId, String number) {
        return web.mutateWith(owner.bearer()).post().uri("/api/v1/enterprises/{id}/ip-assets", enterpriseId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Samples.utilityModel(number)).exchange()
                .expectStatus().isCreated().expectBody(IpAssetResource.class).returnResult().getResponseBody().id();
    }

    private WebTestClient.ResponseSpec post(Map<String, Object> body, String language) {
        return web.mutateWith(member.bearer()).post().uri(base).header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
