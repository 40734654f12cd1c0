package cn.baiyun.hte.chain;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Every chain endpoint and page, for every kind of caller (the matrix's department is 工信局, which tags firms).
 * Writes name an unknown chain or send nothing, so that a caller who gets through meets validation and firm A
 * stays untagged, which is checked at the end.
 */
@PortalIntegrationTest
class ChainIsolationMatrixTest extends IsolationMatrix {

    private static final String CHAINS = "/api/v1/industry-chains";
    private static final String TAGS = "/api/v1/enterprises/{firm}/chain-tags";

    @Autowired
    FirmTagService tags;

    @AfterAll
    void firmAIsStillUntagged() {
        assertThat(tags.tagsOf(Principals.reviewer().user(), firmA).block(Duration.ofSeconds(10)).tags().version())
                .isNull();
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET industry-chains", c -> c.get().uri(CHAINS),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
                Case.of("POST industry-chains", c -> c.post().uri(CHAINS).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, FORBIDDEN),
                Case.of("GET industry-chains/breakdown", c -> c.get().uri(CHAINS + "/breakdown"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
                Case.of("GET industry-chains/{unknown}", c -> c.get().uri(CHAINS + "/{id}", UNKNOWN_ID),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN),
                Case.of("PUT industry-chains/{unknown}", c -> c.put().uri(CHAINS + "/{id}", UNKNOWN_ID)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("GET chain-tags of A", c -> c.get().uri(TAGS, firmA),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
                Case.of("GET chain-tags of an unknown firm", c -> c.get().uri(TAGS, UNKNOWN_ID),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN),
                Case.of("PUT chain-tags of A with an unknown chain", c -> c.put().uri(TAGS, firmA)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("chainId", UNKNOWN_ID)),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, BAD_REQUEST, FORBIDDEN));
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /reviewer/chains", c -> c.get().uri("/reviewer/chains"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/chains/new", c -> c.get().uri("/reviewer/chains/new"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("POST /reviewer/chains/new (empty)", c -> c.mutateWith(csrf()).post().uri("/reviewer/chains/new")
                                .body(BodyInserters.fromFormData("nameZh", "")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /chains/firms", c -> c.get().uri("/chains/firms"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
                Case.of("GET /chains/firms/{A}", c -> c.get().uri("/chains/firms/{id}", firmA),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
                Case.of("POST /chains/firms/{A} (unknown chain)", c -> c.mutateWith(csrf()).post()
                                .uri("/chains/firms/{id}", firmA).body(BodyInserters.fromFormData("chainId", UNKNOWN_ID)),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK));
    }
}
