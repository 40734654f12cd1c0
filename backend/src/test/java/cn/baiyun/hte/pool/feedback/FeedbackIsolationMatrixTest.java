package cn.baiyun.hte.pool.feedback;

import java.time.Instant;
import java.util.stream.Stream;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.pool.board.PoolEntryRepository;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Every feedback endpoint and page about firm A, for every kind of caller: the firm's members and
 * reviewers read, only members acknowledge, other firms' users get what they would for a firm that does
 * not exist, departments and integration clients are refused. The unpublished cycle is 404 for everyone,
 * so nobody, the firm least of all, learns that it was assessed. Acknowledgements are sent for the
 * unpublished cycle only, so that the published one stays unacknowledged (checked at the end).
 */
@PortalIntegrationTest
class FeedbackIsolationMatrixTest extends IsolationMatrix {

    private static final String API = "/api/v1/enterprises/{firm}/feedback";
    private static final String PAGES = "/firms/{firm}/feedback";
    private static final int PUBLISHED = 2039;
    private static final int UNPUBLISHED = 2038;

    @Autowired
    PoolEntryRepository repository;

    FeedbackEntries entries;

    @Override
    protected void prepare() {
        entries = new FeedbackEntries(repository);
        entries.published(firmA, PUBLISHED, "C02", TierResult.TIER_2, "隔离测试意见", Instant.parse("2039-04-28T02:00:00Z"));
        entries.unpublished(firmA, UNPUBLISHED, "C01");
    }

    @AfterAll
    void nobodyAcknowledgedAnything() {
        assertThat(entries.stored(firmA, PUBLISHED).acknowledgedAt()).isNull();
        assertThat(entries.stored(firmA, UNPUBLISHED).acknowledgedAt()).isNull();
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET feedback (history)", c -> c.get().uri(API, firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET feedback of an unknown firm", c -> c.get().uri(API, UNKNOWN_ID),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("GET feedback/{published}", c -> c.get().uri(API + "/{y}", firmA, PUBLISHED),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET feedback/{unpublished}", c -> c.get().uri(API + "/{y}", firmA, UNPUBLISHED),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("POST feedback/{unpublished}/acknowledgement", c -> c.post()
                                .uri(API + "/{y}/acknowledgement", firmA, UNPUBLISHED),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN));
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /firms/{A}/feedback", c -> c.get().uri(PAGES, firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/feedback/{published}", c -> c.get().uri(PAGES + "/{y}", firmA, PUBLISHED),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/feedback/{unpublished}", c -> c.get().uri(PAGES + "/{y}", firmA, UNPUBLISHED),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
                Case.of("POST /firms/{A}/feedback/{unpublished}/acknowledgement", c -> c.mutateWith(csrf()).post()
                                .uri(PAGES + "/{y}/acknowledgement", firmA, UNPUBLISHED),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN));
    }
}
