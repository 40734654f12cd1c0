package cn.baiyun.hte.filing.portfolio;

import java.util.Map;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class IpAssetApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    StoredPortfolio stored;

    Principals member;
    String firm;
    String base;

    @BeforeEach
    void aFirmWithAMember() {
        member = Principals.firmUser("member");
        firm = firms.approvedFirm(member, "知识产权测试公司");
        base = "/api/v1/enterprises/" + firm + "/ip-assets";
    }

    @Test
    void memberCreatesReadsReplacesAndDeletesAnAssetWhoseClassFollowsFromItsType() {
        var created = post(Samples.utilityModel("ZL202220123456.7"))
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody(IpAssetResource.class).returnResult();
        IpAssetResource asset = created.getResponseBody();
        assertThat(created.getResponseHeaders().getLocation()).hasToString(base + "/" + asset.id());
        assertThat(asset.ipClass()).isEqualTo(IpClass.II);
        assertThat(asset.details().number()).isEqualTo("ZL202220123456.7");

        web.mutateWith(member.bearer()).get().uri(base + "/{id}", asset.id()).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody().jsonPath("$.ipClass").isEqualTo("II").jsonPath("$.details.type").isEqualTo("UTILITY_MODEL");

        Map<String, Object> invention = Samples.utilityModel("ZL202210654321.0");
        invention.put("type", "INVENTION_PATENT");
        put(asset.id(), invention, "\"0\"").expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.ipClass").isEqualTo("I");
        assertThat(stored.of(firm).ipAssets()).singleElement()
                .satisfies(a -> assertThat(a.details().type()).isEqualTo(IpType.INVENTION_PATENT));

        web.mutateWith(member.bearer()).get().uri(base).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].id").isEqualTo(asset.id());

        delete(asset.id(), "\"1\"").expectStatus().isNoContent();
        assertThat(stored.of(firm).ipAssets()).isEmpty();
    }

    @Test
    void invalidAssetGetsLocalizedFieldErrorsAndChangesNothing() {
        post(Samples.utilityModel("ZL202220000001.1")).expectStatus().isCreated();
        var before = stored.of(firm);
        Map<String, Object> body = Samples.utilityModel(" ");
        body.remove("title");
        body.put("applicationDate", "2023-05-01");
        body.put("grantDate", "2022-01-01");
        body.put("expiryDate", "2021-01-01");
        body.remove("ownedByFirm");

        post(body, "en").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:hte:problem:validation")
                .jsonPath("$.errors[?(@.field == 'number')].message").isEqualTo("This field is required")
                .jsonPath("$.errors[?(@.field == 'title')].code").isEqualTo("NotBlank")
                .jsonPath("$.errors[?(@.field == 'grantDate')].message")
                .isEqualTo("The grant date cannot be before the application date (2023-05-01)")
                .jsonPath("$.errors[?(@.field == 'expiryDate')].code").isEqualTo("portfolio.ip.expiry-date.order")
                .jsonPath("$.errors[?(@.field == 'ownedByFirm')].code").isEqualTo("NotNull");

        assertThat(stored.of(firm)).isEqualTo(before);
    }

    @Test
    void grantDateMustFitTheStatusAndNotLieInTheFuture() {
        Map<String, Object> pending = Samples.utilityModel("ZL202310000002.2");
        pending.put("status", "PENDING");
        post(pending).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'grantDate')].code").isEqualTo("portfolio.ip.grant-date.pending");

        Map<String, Object> granted = Samples.utilityModel("ZL202310000003.3");
        granted.remove("grantDate");
        granted.remove("expiryDate");
        post(granted).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'grantDate')].message").isEqualTo("已授权或已到期的知识产权须填写授权日期");

        Map<String, Object> future = Samples.utilityModel("ZL202310000004.4");
        future.put("grantDate", "2099-01-01");
        future.remove("expiryDate");
        post(future).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'grantDate')].code").isEqualTo("PastOrPresent");

        assertThat(stored.of(firm).ipAssets()).isEmpty();
    }

    @Test
    void onlyClassTwoRightsCanBeMarkedAsUsedInAnEarlierApplication() {
        Map<String, Object> invention = Samples.utilityModel("ZL202110000005.5");
        invention.put("type", "INVENTION_PATENT");
        invention.put("usedInPriorHteApplication", true);
        post(invention, "en").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'usedInPriorHteApplication')].message")
                .isEqualTo("Only Class II rights (utility models, design patents, software copyrights) are limited to "
                        + "one HTE application; leave this unticked for other types");

        Map<String, Object> used = Samples.utilityModel("ZL202110000005.5");
        used.put("usedInPriorHteApplication", true);
        post(used).expectStatus().isCreated().expectBody().jsonPath("$.details.usedInPriorHteApplication").isEqualTo(true);
    }

    @Test
    void theSameTypeAndNumberTwiceIsAConflictAndChangesNothing() {
        post(Samples.utilityModel("ZL202220000006.6")).expectStatus().isCreated();
        String other = post(Samples.utilityModel("ZL202220000007.7")).expectStatus().isCreated()
                .expectBody(IpAssetResource.class).returnResult().getResponseBody().id();
        var before = stored.of(firm);

        post(Samples.utilityModel(" ZL202220000006.6 "), "en").expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:conflict")
                .jsonPath("$.detail").isEqualTo("The firm already has this type of right with number ZL202220000006.6");
        put(other, Samples.utilityModel("ZL202220000006.6"), null).expectStatus().isEqualTo(409);

        assertThat(stored.of(firm)).isEqualTo(before);
        Map<String, Object> design = Samples.utilityModel("ZL202220000006.6");
        design.put("type", "DESIGN_PATENT");
        post(design).expectStatus().isCreated();
    }

    @Test
    void staleIfMatchGets412AndChangesNothing() {
        String id = post(Samples.utilityModel("ZL202220000008.8")).expectStatus().isCreated()
                .expectBody(IpAssetResource.class).returnResult().getResponseBody().id();
        put(id, Samples.utilityModel("ZL202220000008.9"), "\"0\"").expectStatus().isOk();
        var afterFirst = stored.of(firm);

        put(id, Samples.utilityModel("ZL202220000009.0"), "\"0\"").expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:stale-version");
        delete(id, "\"0\"").expectStatus().isEqualTo(412);
        delete(id, "not-a-version").expectStatus().isEqualTo(412);

        assertThat(stored.of(firm)).isEqualTo(afterFirst);
    }

    /** A stranger's If-Match, even one no record has, is answered like an unknown id: never 412. */
    @Test
    void aStrangerGets404WhateverTheIfMatch() {
        String id = post(Samples.utilityModel("ZL202220000010.1")).expectStatus().isCreated()
                .expectBody(IpAssetResource.class).returnResult().getResponseBody().id();
        var before = stored.of(firm);
        Principals stranger = Principals.firmUser("ip-stranger");
        for (String ifMatch : new String[] {"\"0\"", "\"7\"", "not-a-version"}) {
            web.mutateWith(stranger.bearer()).put().uri(base + "/{id}", id).header(HttpHeaders.IF_MATCH, ifMatch)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Samples.utilityModel("ZL202220000010.2"))
                    .exchange().expectStatus().isNotFound();
            web.mutateWith(stranger.bearer()).delete().uri(base + "/{id}", id).header(HttpHeaders.IF_MATCH, ifMatch)
                    .exchange().expectStatus().isNotFound();
        }
        put(id, Samples.utilityModel("ZL202220000010.3"), "not-a-version").expectStatus().isEqualTo(412);
        assertThat(stored.of(firm)).isEqualTo(before);
    }

    @Test
    void wrongTypesAndUnknownTypesAreClientErrorsNotServerErrors() {
        Map<String, Object> unknownType = Samples.utilityModel("ZL1");
        unknownType.put("type", "PATENT_OF_NOBILITY");
        post(unknownType).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo("type");
        Map<String, Object> badDate = Samples.utilityModel("ZL2");
        badDate.put("applicationDate", "last spring");
        post(badDate).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo("applicationDate");
        web.mutateWith(member.bearer()).get().uri(base + "?limit=0&cursor=nope").exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'limit')].code").isEqualTo("paging.limit")
                .jsonPath("$.errors[?(@.field == 'cursor')].code").isEqualTo("paging.cursor");

        assertThat(stored.of(firm).ipAssets()).isEmpty();
    }

    @Test
    void listsComeInPagesWithACursor() {
        for (int i = 0; i < 3; i++) {
            post(Samples.utilityModel("ZL20222000010" + i + ".1")).expectStatus().isCreated();
        }
        var first = web.mutateWith(member.bearer()).get().uri(base + "?limit=2").exchange()
                .expectStatus().isOk().expectBody(new ParameterizedTypeReference<PageOf<IpAssetResource>>() { }).returnResult().getResponseBody();
        assertThat(first.items()).hasSize(2);
        var second = web.mutateWith(member.bearer()).get().uri(base + "?limit=2&cursor=" + first.next()).exchange()
                .expectStatus().isOk().expectBody(new ParameterizedTypeReference<PageOf<IpAssetResource>>() { }).returnResult().getResponseBody();
        assertThat(second.items()).hasSize(1);
        assertThat(second.next()).isNull();
    }

    private WebTestClient.ResponseSpec post(Map<String, Object> body) {
        return post(body, "zh-CN");
    }

    private WebTestClient.ResponseSpec post(Map<String, Object> body, String language) {
        return web.mutateWith(member.bearer()).post().uri(base).header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec put(String id, Map<String, Object> body, String ifMatch) {
        var request = web.mutateWith(member.bearer()).put().uri(base + "/{id}", id).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec delete(String id, String ifMatch) {
        return web.mutateWith(member.bearer()).delete().uri(base + "/{id}", id).header(HttpHeaders.IF_MATCH, ifMatch)
                .exchange();
    }
}
