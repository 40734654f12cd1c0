package cn.baiyun.hte.pool.selfcheck;

import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;

/**
 * A firm's self-checks (HTE and tech-based SME) read its filings and portfolio: its members and reviewers see
 * them, a user of another firm or a claimant still waiting hears that the firm does not exist, departments and
 * clients are refused. Firm A has
 * filed nothing, so those who get in see what is missing; a what-if link answers the same.
 */
@PortalIntegrationTest
class SelfCheckIsolationMatrixTest extends IsolationMatrix {

    //                         MEMBER     OTHER_FIRM  PENDING    REVIEWER   DEPARTMENT CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET tech-sme-check", c -> c.get().uri("/api/v1/enterprises/{id}/tech-sme-check", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET tech-sme-check of an unknown firm", c -> c.get()
                                .uri("/api/v1/enterprises/{id}/tech-sme-check", UNKNOWN_ID),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN));
    }

    //                         MEMBER     OTHER_FIRM  PENDING    REVIEWER   DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /firms/{A}/self-check", c -> c.get().uri("/firms/{id}/self-check", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/self-check?rdSpend=…", c -> c.get()
                                .uri("/firms/{id}/self-check?rdSpend=2000000&stStaff=-1", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{unknown}/self-check", c -> c.get().uri("/firms/{id}/self-check", UNKNOWN_ID),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
                Case.of("GET /firms/{A}/tech-sme-check", c -> c.get().uri("/firms/{id}/tech-sme-check", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/tech-sme-check?employees=…", c -> c.get()
                                .uri("/firms/{id}/tech-sme-check?employees=90&stStaff=-1", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{unknown}/tech-sme-check", c -> c.get()
                                .uri("/firms/{id}/tech-sme-check", UNKNOWN_ID),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN));
    }
}
