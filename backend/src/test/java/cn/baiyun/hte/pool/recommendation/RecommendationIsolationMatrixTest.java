package cn.baiyun.hte.pool.recommendation;

import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The recommendation list is the bureau's: firm A is on the list of cycle 2046, and yet nobody but a
 * reviewer reads it, downloads it or marks it, whatever firm they belong to.
 */
@PortalIntegrationTest
class RecommendationIsolationMatrixTest extends IsolationMatrix {

    static final int YEAR = 2046;

    @Autowired
    RecommendationFixtures fixtures;

    @Override
    protected void prepare() {
        fixtures.cycle(YEAR);
        fixtures.entry(YEAR, firmA, "C01", TierResult.TIER_1);
    }

    //                         MEMBER     OTHER_FIRM  PENDING    REVIEWER   DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET /api/v1/cycles/{year}/recommendations", c -> c.get()
                                .uri("/api/v1/cycles/{y}/recommendations", YEAR),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/cycles/{year}/recommendations.xlsx", c -> c.get()
                                .uri("/api/v1/cycles/{y}/recommendations.xlsx", YEAR),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/cycles/{year}/recommendations.csv", c -> c.get()
                                .uri("/api/v1/cycles/{y}/recommendations.csv", YEAR),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/cycles/{unknown}/recommendations.xlsx", c -> c.get()
                                .uri("/api/v1/cycles/1999/recommendations.xlsx"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                // A date in the future: the reviewer gets through to validation and nothing is marked.
                Case.of("POST /api/v1/cycles/{year}/recommendation", c -> c.post()
                                .uri("/api/v1/cycles/{y}/recommendation", YEAR).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of("date", "2099-01-01")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, FORBIDDEN),
                Case.of("POST /api/v1/cycles/{unknown}/recommendation", c -> c.post()
                                .uri("/api/v1/cycles/1999/recommendation").contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN));
    }

    //                         MEMBER     OTHER_FIRM  PENDING    REVIEWER   DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /reviewer/cycles/{year}/recommendation", c -> c.get()
                                .uri("/reviewer/cycles/{y}/recommendation", YEAR),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/cycles/{year}/recommendations.xlsx", c -> c.get()
                                .uri("/reviewer/cycles/{y}/recommendations.xlsx", YEAR),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/cycles/{year}/recommendations.csv", c -> c.get()
                                .uri("/reviewer/cycles/{y}/recommendations.csv", YEAR),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/cycles/{unknown}/recommendation", c -> c.get()
                                .uri("/reviewer/cycles/1999/recommendation"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN),
                Case.of("POST /reviewer/cycles/{unknown}/recommendation", c -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/cycles/1999/recommendation"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN));
    }
}
