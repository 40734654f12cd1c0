package cn.baiyun.hte.notification;

import java.util.stream.Stream;

import cn.baiyun.hte.filing.FilingReturned;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Notices are a person's own: every signed-in person may list and mark theirs, nobody another's. Firm A's
 * member has a notice about A; everyone else opening it or marking it read gets 404, as for a notice that does
 * not exist; integration clients have no notices (403).
 */
@PortalIntegrationTest
class NoticeIsolationMatrixTest extends IsolationMatrix {

    private static final String API = "/api/v1/me/notices";

    @Autowired
    TestNotices notices;

    String membersNotice;

    @Override
    protected void prepare() {
        FilingReturned event = notices.deliver(notices.returned(firmA, 2025));
        membersNotice = Notice.idOf(event.header().eventId(), callers.get(Caller.MEMBER).user().id());
    }

    @AfterAll
    void nobodyElseSawOrMarkedTheMembersNotice() {
        assertThat(notices.ofFirm(firmA)).singleElement().satisfies(notice -> {
            assertThat(notice.id()).isEqualTo(membersNotice);
            assertThat(notice.userId()).isEqualTo(callers.get(Caller.MEMBER).user().id());
        });
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                Case.of("GET me/notices", c -> c.get().uri(API),
                        OK, OK, OK, OK, OK, FORBIDDEN),
                Case.of("POST me/notices/{members}/read", c -> c.post().uri(API + "/{id}/read", membersNotice),
                        OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
                Case.of("POST me/notices/{unknown}/read", c -> c.post().uri(API + "/{id}/read", UNKNOWN_ID),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
                Case.of("POST me/notices/read", c -> c.post().uri(API + "/read"),
                        NO_CONTENT, NO_CONTENT, NO_CONTENT, NO_CONTENT, NO_CONTENT, FORBIDDEN));
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /notices", c -> c.get().uri("/notices"),
                        OK, OK, OK, OK, OK),
                Case.of("GET /notices/{members}", c -> c.get().uri("/notices/{id}", membersNotice),
                        SEE_OTHER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Case.of("POST /notices/{members}/read", c -> c.mutateWith(csrf()).post()
                                .uri("/notices/{id}/read", membersNotice),
                        SEE_OTHER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Case.of("POST /notices/read", c -> c.mutateWith(csrf()).post().uri("/notices/read"),
                        SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER));
    }
}
