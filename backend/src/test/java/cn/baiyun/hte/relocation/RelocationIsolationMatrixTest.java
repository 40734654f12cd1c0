package cn.baiyun.hte.relocation;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.platform.time.ClockConfiguration;
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
 * Every relocation endpoint and page, for every kind of caller: reviewers only, no client. Writes send nothing,
 * so that a caller who gets through meets validation and firm A's relocation stays as prepared.
 */
@PortalIntegrationTest
class RelocationIsolationMatrixTest extends IsolationMatrix {

    private static final String RELOCATION = "/api/v1/enterprises/{firm}/relocation";

    @Autowired
    RelocationFixtures fixtures;
    @Autowired
    RelocationService relocations;

    Relocation prepared;

    @Override
    protected void prepare() {
        prepared = fixtures.arrived(firmA, LocalDate.now(ClockConfiguration.ZONE).minusMonths(2));
    }

    @AfterAll
    void firmAsRelocationIsAsPrepared() {
        Relocation now = relocations.find(Principals.reviewer().user(), firmA).block();
        assertThat(now.version()).isEqualTo(prepared.version());
        assertThat(now.milestones()).isEqualTo(prepared.milestones());
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET relocations", c -> c.get().uri("/api/v1/relocations"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET relocation of A", c -> c.get().uri(RELOCATION, firmA),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET relocation of an unknown firm", c -> c.get().uri(RELOCATION, UNKNOWN_ID),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("POST relocation of A (empty)", c -> c.post().uri(RELOCATION, firmA)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, FORBIDDEN),
                Case.of("PUT relocation of A (empty)", c -> c.put().uri(RELOCATION, firmA)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, FORBIDDEN));
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /reviewer/relocations", c -> c.get().uri("/reviewer/relocations"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/relocations/new", c -> c.get().uri("/reviewer/relocations/new"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/relocations/{A}", c -> c.get().uri("/reviewer/relocations/{id}", firmA),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/relocations/{A}/edit", c -> c.get().uri("/reviewer/relocations/{id}/edit", firmA),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("POST /reviewer/relocations/{A}/edit (empty)", c -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/relocations/{id}/edit", firmA).body(BodyInserters.fromFormData("origin", "")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN));
    }
}
