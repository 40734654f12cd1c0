package cn.baiyun.hte.enterprise;

import java.util.ArrayList;
import java.util.List;

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

/** The firm list a page at a time, as a firm user with several firms and as a reviewer. */
@PortalIntegrationTest
class FirmListApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;

    Principals member;
    List<String> own;

    @BeforeEach
    void aMemberOfThreeFirms() {
        member = Principals.firmUser("list-member-" + java.util.UUID.randomUUID());
        own = List.of(firms.approvedFirm(member, "分页甲公司"), firms.approvedFirm(member, "分页乙公司"),
                firms.approvedFirm(member, "分页丙公司"));
        firms.approvedFirm(Principals.firmUser("list-stranger"), "分页他人公司");
    }

    /** Was a 500 ("can't add a second '_id'"): the own-firms filter and the cursor both constrain the id. */
    @Test
    void aFirmUserPagesThroughTheirOwnFirmsWithTheCursor() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String after = cursor;
            PageOf<EnterpriseResource> page = web.mutateWith(member.bearer()).get()
                    .uri(b -> b.path("/api/v1/enterprises").queryParam("limit", 2)
                            .queryParamIfPresent("cursor", java.util.Optional.ofNullable(after)).build())
                    .exchange().expectStatus().isOk()
                    .expectBody(new ParameterizedTypeReference<PageOf<EnterpriseResource>>() { })
                    .returnResult().getResponseBody();
            page.items().forEach(firm -> seen.add(firm.id()));
            cursor = page.next();
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactlyInAnyOrderElementsOf(own);
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void aReviewerPagesThroughAllFirmsWithTheCursorAndSeesEachOnce() {
        Principals reviewer = Principals.reviewer();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            String after = cursor;
            PageOf<EnterpriseResource> page = web.mutateWith(reviewer.bearer()).get()
                    .uri(b -> b.path("/api/v1/enterprises").queryParam("namePrefix", "分页").queryParam("limit", 3)
                            .queryParamIfPresent("cursor", java.util.Optional.ofNullable(after)).build())
                    .exchange().expectStatus().isOk()
                    .expectBody(new ParameterizedTypeReference<PageOf<EnterpriseResource>>() { })
                    .returnResult().getResponseBody();
            page.items().forEach(firm -> seen.add(firm.id()));
            cursor = page.next();
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates().containsAll(own).hasSizeGreaterThanOrEqualTo(own.size() + 1);
    }

    /**
     * A cursor is only where to start: a forged one (another firm's id, an id beyond every firm, the
     * smallest id) pages the caller's own firms from there and never shows another's.
     */
    @Test
    void aForgedCursorOnlyMovesWhereTheOwnFirmsStart() {
        String stranger = firms.approvedFirm(Principals.firmUser("list-stranger-2"), "分页陌生公司");
        for (String forged : new String[] {stranger, "ffffffffffffffffffffffff", "000000000000000000000000"}) {
            PageOf<EnterpriseResource> page = web.mutateWith(member.bearer()).get()
                    .uri("/api/v1/enterprises?limit=100&cursor={c}", forged)
                    .exchange().expectStatus().isOk()
                    .expectBody(new ParameterizedTypeReference<PageOf<EnterpriseResource>>() { })
                    .returnResult().getResponseBody();
            assertThat(page.items()).extracting(EnterpriseResource::id)
                    .allMatch(own::contains)
                    .containsExactlyElementsOf(own.stream().filter(id -> id.compareTo(forged) > 0).sorted().toList());
        }
    }

    @Test
    void aMalformedCursorIs400ForFirmUsersAndReviewers() {
        for (Principals caller : new Principals[] {member, Principals.reviewer()}) {
            for (String malformed : new String[] {"nope", "0123456789abcdef0123456", "0123456789abcdef012345678",
                    "zzzzzzzzzzzzzzzzzzzzzzzz", "{\"$gt\":\"\"}", "' OR 1=1"}) {
                web.mutateWith(caller.bearer()).get().uri("/api/v1/enterprises?cursor={c}", malformed)
                        .exchange().expectStatus().isBadRequest()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody()
                        .jsonPath("$.type").isEqualTo("urn:hte:problem:validation")
                        .jsonPath("$.errors[0].field").isEqualTo("cursor")
                        .jsonPath("$.errors[0].code").isEqualTo("paging.cursor");
            }
        }
    }

    @Test
    void aBadLimitAndCursorAreFieldProblemsInTheReadersLanguage() {
        web.mutateWith(member.bearer()).get().uri("/api/v1/enterprises?limit=101&cursor=nope")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'limit')].code").isEqualTo("paging.limit")
                .jsonPath("$.errors[?(@.field == 'limit')].message").isEqualTo("The page size must be between 1 and 100")
                .jsonPath("$.errors[?(@.field == 'cursor')].code").isEqualTo("paging.cursor")
                .jsonPath("$.errors[?(@.field == 'cursor')].message")
                .isEqualTo("The page cursor is not valid; start again from the first page");
        web.mutateWith(member.bearer()).get().uri("/api/v1/enterprises?limit=0")
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'limit')].message").isEqualTo("每页条数须在 1 到 100 之间");
    }
}
