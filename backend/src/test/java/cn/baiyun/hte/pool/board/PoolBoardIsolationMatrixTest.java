package cn.baiyun.hte.pool.board;

import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The board, the entry page and publication are the bureau's: firm A's own users included, nobody
 * else reads or publishes a pool entry, even a published one (firms read their feedback only through
 * the feedback pages). Firm A has a published entry in a cycle of this test's own year.
 */
@PortalIntegrationTest
class PoolBoardIsolationMatrixTest extends IsolationMatrix {

    static final int YEAR = 2055;

    @Autowired
    TestPool pool;

    @Override
    protected void prepare() {
        pool.cycle(YEAR);
        PoolEntry entry = pool.assessedFor(YEAR, firmA, "隔离测试甲公司", TierResult.TIER_1, "1.1.1");
        pool.published(pool.decided(entry, TierResult.TIER_1, java.time.Instant.now().minusSeconds(5)),
                java.time.Instant.now(), null);
    }

    //                         MEMBER     OTHER_FIRM  PENDING    REVIEWER   DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET /api/v1/cycles/{Y}/entries?status=PUBLISHED", c -> c.get()
                                .uri("/api/v1/cycles/{y}/entries?status=PUBLISHED", YEAR),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/cycles/{Y}/entries?status=bad", c -> c.get()
                                .uri("/api/v1/cycles/{y}/entries?status=bad", YEAR),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/cycles/{Y}/entries/{A}", c -> c.get()
                                .uri("/api/v1/cycles/{y}/entries/{firm}", YEAR, firmA),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/cycles/{unknown}/entries/{A}", c -> c.get()
                                .uri("/api/v1/cycles/1999/entries/{firm}", firmA),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("POST /api/v1/cycles/{Y}/entries/{A}/publication", c -> c.post()
                                .uri("/api/v1/cycles/{y}/entries/{firm}/publication", YEAR, firmA)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("comment", "隔离")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("POST /api/v1/cycles/{unknown}/entries/{A}/publication", c -> c.post()
                                .uri("/api/v1/cycles/1999/entries/{firm}/publication", firmA)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                // Filters that match firm A's entry: the bulk publication republishes it for the reviewer.
                Case.of("POST /api/v1/cycles/{Y}/publications", c -> c.post()
                                .uri("/api/v1/cycles/{y}/publications", YEAR).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of("status", "PUBLISHED")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("POST /api/v1/cycles/{unknown}/publications", c -> c.post()
                                .uri("/api/v1/cycles/1999/publications").contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN));
    }

    //                         MEMBER     OTHER_FIRM  PENDING    REVIEWER   DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /reviewer/cycles/{Y}?status=PUBLISHED", c -> c.get()
                                .uri("/reviewer/cycles/{y}?status=PUBLISHED", YEAR),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/cycles/{Y}/entries/{A}", c -> c.get()
                                .uri("/reviewer/cycles/{y}/entries/{firm}", YEAR, firmA),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/cycles/{unknown}/entries/{A}", c -> c.get()
                                .uri("/reviewer/cycles/1999/entries/{firm}", firmA),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN),
                Case.of("POST /reviewer/cycles/{Y}/entries/{A}/publication", c -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/cycles/{y}/entries/{firm}/publication", YEAR, firmA)
                                .body(BodyInserters.fromFormData("comment", "隔离")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, SEE_OTHER, FORBIDDEN),
                Case.of("POST /reviewer/cycles/{Y}/entries/{A}/decision", c -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/cycles/{y}/entries/{firm}/decision", YEAR, firmA)
                                .body(BodyInserters.fromFormData("tier", "TIER_1")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, SEE_OTHER, FORBIDDEN),
                Case.of("POST /reviewer/cycles/{Y}/publications", c -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/cycles/{y}/publications", YEAR)
                                .body(BodyInserters.fromFormData("status", "PUBLISHED")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, SEE_OTHER, FORBIDDEN),
                Case.of("POST /reviewer/cycles/{unknown}/publications", c -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/cycles/1999/publications"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN));
    }
}
