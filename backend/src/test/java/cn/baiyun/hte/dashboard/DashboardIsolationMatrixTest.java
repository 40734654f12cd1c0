package cn.baiyun.hte.dashboard;

import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The dashboard is the bureau's: firm users (members, other firms, claimants, firms' own software) reach none of
 * it; department officers read the figures but no firm list and set no target; the matrix's integration client,
 * without {@code dashboard:read}, reads nothing (DashboardFiguresTest reads with the scope).
 */
@PortalIntegrationTest
class DashboardIsolationMatrixTest extends IsolationMatrix {

    /** The first of the plan's chains every portal starts with (chain/default-chains.tsv, position 10) and its cluster. */
    private static final String DEFAULT_CHAIN = "00000000000000000000000a";
    private static final String DEFAULT_CLUSTER = "先进装备制造产业集群";

    //                         MEMBER     OTHER_FIRM  PENDING    REVIEWER   DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET /api/v1/dashboard", c -> c.get().uri("/api/v1/dashboard"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
                Case.of("GET /api/v1/dashboard.xlsx", c -> c.get().uri("/api/v1/dashboard.xlsx"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
                Case.of("GET /api/v1/dashboard/targets/{year}", c -> c.get().uri("/api/v1/dashboard/targets/2030"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
                Case.of("PUT /api/v1/dashboard/targets/{year}", c -> c.put().uri("/api/v1/dashboard/targets/2096")
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of("hteFirms", 5, "aboveSizeHteFirms", 1, "specialisedSharePercent", 5)),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/dashboard/firms", c -> c.get().uri("/api/v1/dashboard/firms?metric=HTE"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/dashboard/firms (department)", c -> c.get()
                                .uri("/api/v1/dashboard/firms?metric=DEPARTMENT&department=工信局"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/dashboard/firms (department, in pool as tier 1)", c -> c.get()
                                .uri("/api/v1/dashboard/firms?metric=DEPARTMENT&department=工信局&column=TIER_1"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/dashboard/firms (expiring, by end date)", c -> c.get()
                                .uri("/api/v1/dashboard/firms?metric=EXPIRING&year=2027&limit=5"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/dashboard/firms (chain)", c -> c.get()
                                .uri("/api/v1/dashboard/firms?metric=CHAIN&group={id}&column=HTE", DEFAULT_CHAIN),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/dashboard/firms (cluster)", c -> c.get()
                                .uri("/api/v1/dashboard/firms?metric=CLUSTER&group={c}&column=LEADING", DEFAULT_CLUSTER),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                // Who may not see the firms learns nothing of which chains there are.
                Case.of("GET /api/v1/dashboard/firms (unknown chain)", c -> c.get()
                                .uri("/api/v1/dashboard/firms?metric=CHAIN&group={id}", UNKNOWN_ID),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, FORBIDDEN));
    }

    //                         MEMBER     OTHER_FIRM  PENDING    REVIEWER   DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /dashboard", c -> c.get().uri("/dashboard"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
                Case.of("GET /dashboard.xlsx", c -> c.get().uri("/dashboard.xlsx"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
                Case.of("GET /dashboard/firms", c -> c.get().uri("/dashboard/firms?metric=EXPIRING&year=2026"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /dashboard/firms (department, recognised)", c -> c.get()
                                .uri("/dashboard/firms?metric=DEPARTMENT&department=工信局&column=RECOGNISED"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /dashboard/firms (chain)", c -> c.get()
                                .uri("/dashboard/firms?metric=CHAIN&group={id}&column=LISTED", DEFAULT_CHAIN),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /dashboard/firms (cluster)", c -> c.get()
                                .uri("/dashboard/firms?metric=CLUSTER&group={c}", DEFAULT_CLUSTER),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /dashboard/targets", c -> c.get().uri("/dashboard/targets?year=2026"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                // The reviewer's form is invalid (no figures): shown again with its errors, nothing saved.
                Case.of("POST /dashboard/targets", c -> c.mutateWith(csrf()).post().uri("/dashboard/targets")
                                .body(BodyInserters.fromFormData("year", "2097")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN));
    }
}
