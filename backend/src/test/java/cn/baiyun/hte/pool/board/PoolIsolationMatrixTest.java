package cn.baiyun.hte.pool.board;

import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/** The pool's cycles are the bureau's: every other caller is refused, whatever firm it belongs to. */
@PortalIntegrationTest
class PoolIsolationMatrixTest extends IsolationMatrix {

    //                         MEMBER     OTHER_FIRM  PENDING    REVIEWER   DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET /api/v1/cycles", c -> c.get().uri("/api/v1/cycles"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                // A year no cycle may have: the reviewer gets through to validation.
                Case.of("POST /api/v1/cycles", c -> c.post().uri("/api/v1/cycles")
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("year", 1999)),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/cycles/{unknown}", c -> c.get().uri("/api/v1/cycles/1999"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("PUT /api/v1/cycles/{unknown}", c -> c.put().uri("/api/v1/cycles/1999")
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("POST /api/v1/cycles/{unknown}/assessment-runs", c -> c.post()
                                .uri("/api/v1/cycles/1999/assessment-runs").contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/cycles/{unknown}/entries", c -> c.get().uri("/api/v1/cycles/1999/entries"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("POST /api/v1/cycles/{unknown}/entries/{A}/decision", c -> c.post()
                                .uri("/api/v1/cycles/1999/entries/{firm}/decision", firmA)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("tier", "TIER_1")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                // An empty snapshot: whoever may preview gets through to validation; it reads no firm's data.
                Case.of("POST /api/v1/assessments/preview", c -> c.post().uri("/api/v1/assessments/preview")
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        BAD_REQUEST, BAD_REQUEST, BAD_REQUEST, BAD_REQUEST, FORBIDDEN, FORBIDDEN));
    }

    //                         MEMBER     OTHER_FIRM  PENDING    REVIEWER   DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /reviewer/cycles", c -> c.get().uri("/reviewer/cycles"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                // A year no cycle may have: the reviewer gets the form back with the message.
                Case.of("POST /reviewer/cycles", c -> c.mutateWith(csrf()).post().uri("/reviewer/cycles")
                                .body(BodyInserters.fromFormData("year", "1999")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/cycles/{unknown}", c -> c.get().uri("/reviewer/cycles/1999"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN),
                Case.of("POST /reviewer/cycles/{unknown}", c -> c.mutateWith(csrf()).post().uri("/reviewer/cycles/1999"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN),
                Case.of("POST /reviewer/cycles/{unknown}/entries/{A}/decision", c -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/cycles/1999/entries/{firm}/decision", firmA),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN),
                Case.of("POST /reviewer/cycles/{unknown}/assessment-runs", c -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/cycles/1999/assessment-runs"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN));
    }
}
