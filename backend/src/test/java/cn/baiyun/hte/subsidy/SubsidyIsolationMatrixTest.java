package cn.baiyun.hte.subsidy;

import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The subsidy endpoints for every kind of caller: reviewers edit; reviewers and department officers read (and
 * clients with dashboard:read, which the matrix's client does not hold); firms see nothing.
 */
@PortalIntegrationTest
class SubsidyIsolationMatrixTest extends IsolationMatrix {

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET subsidy-rates", c -> c.get().uri("/api/v1/subsidy-rates?year=2026"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
                Case.of("POST subsidy-rates (empty)", c -> c.post().uri("/api/v1/subsidy-rates")
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, FORBIDDEN),
                Case.of("PUT subsidy-rates/{unknown}", c -> c.put().uri("/api/v1/subsidy-rates/{id}", UNKNOWN_ID)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("GET subsidies/{year}", c -> c.get().uri("/api/v1/subsidies/2026"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
                Case.of("GET subsidies/{not a year}", c -> c.get().uri("/api/v1/subsidies/1999"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, BAD_REQUEST, FORBIDDEN));
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /reviewer/subsidies", c -> c.get().uri("/reviewer/subsidies"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/subsidies/rates/new", c -> c.get().uri("/reviewer/subsidies/rates/new"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("POST /reviewer/subsidies/rates/new (empty)", c -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/subsidies/rates/new").body(BodyInserters.fromFormData("amount", "")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN));
    }
}
