package cn.baiyun.hte.enterprise;

import java.util.Map;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ClaimApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    EnterpriseService enterprises;

    final Principals claimant = Principals.firmUser("claimant");
    final Principals reviewer = Principals.reviewer();

    @Test
    void claimWaitsForTheReviewerThenGrantsAccess() {
        String uscc = TestFirms.newUscc();
        ClaimResource claim = claim(claimant, uscc, "认领测试公司").expectStatus().isCreated()
                .expectBody(ClaimResource.class).returnResult().getResponseBody();
        assertThat(claim.status()).isEqualTo(Membership.Status.PENDING);
        assertThat(claim.enterpriseId()).as("nothing of the firm before approval").isNull();
        assertThat(claim.enterpriseName()).isNull();
        assertThat(claim.uscc()).isEqualTo(uscc);
        assertThat(claim.claimedName()).isEqualTo("认领测试公司");

        ClaimResource approved = web.mutateWith(reviewer.bearer()).post().uri("/api/v1/claims/{id}/approval", claim.id())
                .exchange().expectStatus().isOk()
                .expectBody(ClaimResource.class).returnResult().getResponseBody();
        assertThat(approved.status()).isEqualTo(Membership.Status.APPROVED);
        assertThat(web.mutateWith(claimant.bearer()).get().uri("/api/v1/claims/mine").exchange()
                .expectStatus().isOk()
                .expectBodyList(ClaimResource.class).returnResult().getResponseBody())
                .filteredOn(mine -> mine.id().equals(claim.id())).singleElement()
                .satisfies(mine -> {
                    assertThat(mine.enterpriseId()).isEqualTo(approved.enterpriseId());
                    assertThat(mine.enterpriseName()).isEqualTo("认领测试公司");
                });

        web.mutateWith(claimant.bearer()).get().uri("/api/v1/enterprises/{id}", approved.enterpriseId())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.uscc").isEqualTo(uscc).jsonPath("$.verified").isEqualTo(true);
    }

    @Test
    void aSecondUserOfAnApprovedFirmAlsoNeedsApproval() {
        Principals first = Principals.firmUser("first");
        String firm = firms.approvedFirm(first, "两人公司");
        String uscc = enterprises.find(reviewer.user(), firm).block().uscc();
        Principals second = Principals.firmUser("second");

        ClaimResource claim = claim(second, uscc, "两人公司").expectStatus().isCreated()
                .expectBody(ClaimResource.class).returnResult().getResponseBody();

        assertThat(claim.status()).isEqualTo(Membership.Status.PENDING);
        assertThat(claim.enterpriseId()).as("the firm's id is not the claimant's to learn before approval").isNull();
        assertThat(claim.enterpriseName()).isNull();
        web.mutateWith(second.bearer()).get().uri("/api/v1/enterprises/{id}", firm)
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void wrongCheckCharacterIsExplainedPrecisely() {
        String valid = TestFirms.newUscc();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        String invalid = valid.substring(0, 17) + wrong;

        claim(claimant, invalid, "校验位测试公司")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("uscc")
                .jsonPath("$.errors[0].code").isEqualTo("uscc.check")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains(String.valueOf(valid.charAt(17))).contains(String.valueOf(wrong)));

        web.mutateWith(reviewer.bearer()).get()
                .uri(b -> b.path("/api/v1/enterprises").queryParam("uscc", invalid).build())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void rejectionNeedsAReasonAndTheClaimantReadsIt() {
        ClaimResource claim = claim(claimant, TestFirms.newUscc(), "驳回测试公司")
                .expectBody(ClaimResource.class).returnResult().getResponseBody();

        reject(claim.id(), "  ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        reject(claim.id(), "名称与营业执照不一致").expectStatus().isOk();
        reject(claim.id(), "再次驳回").expectStatus().isEqualTo(409);

        web.mutateWith(claimant.bearer()).get().uri("/api/v1/claims/mine").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.id == '%s')].status".formatted(claim.id())).isEqualTo("REJECTED")
                .jsonPath("$[?(@.id == '%s')].reason".formatted(claim.id())).isEqualTo("名称与营业执照不一致");
    }

    @Test
    void claimingTwiceWhilePendingIsAConflict() {
        String uscc = TestFirms.newUscc();
        claim(claimant, uscc, "重复认领公司").expectStatus().isCreated();
        claim(claimant, uscc, "重复认领公司").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:conflict");
    }

    private WebTestClient.ResponseSpec claim(Principals who, String uscc, String name) {
        return web.mutateWith(who.bearer()).post().uri("/api/v1/claims")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("uscc", uscc, "name", name))
                .exchange();
    }

    private WebTestClient.ResponseSpec reject(String claimId, String reason) {
        return web.mutateWith(reviewer.bearer()).post().uri("/api/v1/claims/{id}/rejection", claimId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", reason)).exchange();
    }
}
