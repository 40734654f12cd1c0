package cn.baiyun.hte.coaching;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Every coaching endpoint and page about firm A, for every kind of caller. Writes send an empty body or
 * form, so that a caller who gets through meets validation and firm A's visit stays as prepared, which
 * is checked at the end.
 */
@PortalIntegrationTest
class CoachingIsolationMatrixTest extends IsolationMatrix {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String VISITS = "/api/v1/enterprises/{firm}/coaching-visits";
    private static final String VISIT = VISITS + "/{visit}";
    private static final String COMPLETION = VISIT + "/follow-ups/{followUp}/completion";
    private static final String PAGES = "/firms/{firm}/coaching";

    @Autowired
    CoachingService coaching;
    @Autowired
    StoredVisits stored;

    CoachingVisit prepared;
    String visit;
    String firmsFollowUp;
    String bureausFollowUp;

    @Override
    protected void prepare() {
        LocalDate today = LocalDate.now(ClockConfiguration.ZONE);
        prepared = coaching.logVisit(callers.get(Caller.REVIEWER).user(), firmA, new VisitDetails(today.minusDays(1),
                List.of("王审核"), List.of("李明"), List.of(CoachingTopic.IP_APPLICATIONS), "隔离测试走访",
                List.of(new FollowUp(null, "补充专利申请材料", Party.FIRM, today.plusDays(9), null, null, null),
                        new FollowUp(null, "联系知识产权服务机构", Party.BUREAU, today.plusDays(9), null, null, null))))
                .block(TIMEOUT);
        visit = prepared.id();
        firmsFollowUp = prepared.followUps().get(0).id();
        bureausFollowUp = prepared.followUps().get(1).id();
    }

    @AfterAll
    void firmAsVisitIsAsPrepared() {
        assertThat(stored.of(firmA)).singleElement().satisfies(v -> {
            assertThat(v.followUps()).isEqualTo(prepared.followUps());
            assertThat(v.version()).isEqualTo(prepared.version());
        });
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET coaching-visits", c -> c.get().uri(VISITS, firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN),
                Case.of("POST coaching-visits", c -> c.post().uri(VISITS, firmA).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, FORBIDDEN),
                Case.of("GET coaching-visits/{id}", c -> c.get().uri(VISIT, firmA, visit),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET coaching-visits/{unknown}", c -> c.get().uri(VISIT, firmA, UNKNOWN_ID),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("PUT coaching-visits/{id}", c -> c.put().uri(VISIT, firmA, visit)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, FORBIDDEN),
                Case.of("POST completion of the firm's follow-up", c -> c.post()
                                .uri(COMPLETION, firmA, visit, firmsFollowUp).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of()),
                        BAD_REQUEST, NOT_FOUND, NOT_FOUND, BAD_REQUEST, FORBIDDEN, FORBIDDEN),
                Case.of("POST completion of the bureau's follow-up", c -> c.post()
                                .uri(COMPLETION, firmA, visit, bureausFollowUp).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of()),
                        FORBIDDEN, NOT_FOUND, NOT_FOUND, BAD_REQUEST, FORBIDDEN, FORBIDDEN),
                Case.of("GET coaching/follow-ups", c -> c.get().uri("/api/v1/coaching/follow-ups"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN));
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /firms/{A}/coaching", c -> c.get().uri(PAGES, firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/coaching/new", c -> c.get().uri(PAGES + "/new", firmA),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                // An empty form: the page comes back with its errors for those who may write.
                Case.of("POST /firms/{A}/coaching/new", c -> c.mutateWith(csrf()).post().uri(PAGES + "/new", firmA)
                                .body(BodyInserters.fromFormData("summary", "")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/coaching/{id}/edit", c -> c.get().uri(PAGES + "/{v}/edit", firmA, visit),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/coaching/{unknown}/edit", c -> c.get()
                                .uri(PAGES + "/{v}/edit", firmA, UNKNOWN_ID),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN),
                Case.of("POST /firms/{A}/coaching/{id}/edit", c -> c.mutateWith(csrf()).post()
                                .uri(PAGES + "/{v}/edit", firmA, visit).body(BodyInserters.fromFormData("summary", "")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("POST completion of the firm's follow-up (no note)", c -> c.mutateWith(csrf()).post()
                                .uri(PAGES + "/{v}/follow-ups/{f}/completion", firmA, visit, firmsFollowUp)
                                .body(BodyInserters.fromFormData("note", "")),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("POST completion of the bureau's follow-up (no note)", c -> c.mutateWith(csrf()).post()
                                .uri(PAGES + "/{v}/follow-ups/{f}/completion", firmA, visit, bureausFollowUp)
                                .body(BodyInserters.fromFormData("note", "")),
                        FORBIDDEN, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /reviewer/coaching", c -> c.get().uri("/reviewer/coaching"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN));
    }
}
