package cn.baiyun.hte.filing;

import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.reactive.function.BodyInserters;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The filing pages in the isolation matrix. Firm A has a draft filing; a page that refuses a member's
 * request on its merits (an incomplete submission, amending a draft) answers 200 with the message.
 */
@PortalIntegrationTest
class FilingPagesIsolationMatrixTest extends IsolationMatrix {

    @Autowired
    FilingPageFixtures filings;

    String filing;
    String review;

    @Override
    protected void prepare() {
        filings.draft(callers.get(Caller.MEMBER), firmA);
        filing = "/firms/" + firmA + "/filings/" + filings.year();
        review = "/reviewer/filings/" + firmA + "/" + filings.year();
    }

    /** The filing API's matrix is {@link FilingIsolationMatrixTest}. */
    @Override
    protected Stream<Case> apiCases() {
        return Stream.empty();
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        Stream<Case> sections = Stream.of(FilingSection.values()).flatMap(section -> Stream.of(
                Case.of("GET /firms/{A}/filings/{y}/" + section.slug(),
                        c -> c.get().uri(filing + "/" + section.slug()),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("POST /firms/{A}/filings/{y}/" + section.slug(),
                        c -> c.mutateWith(csrf()).post().uri(filing + "/" + section.slug())
                                .body(BodyInserters.fromFormData("version", currentVersion())),
                        SEE_OTHER, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)));
        Stream<Case> others = Stream.of(
                Case.of("GET /firms/{A}/filings", c -> c.get().uri("/firms/{id}/filings", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                // An earlier year than A's draft: only a member may start it.
                Case.of("POST /firms/{A}/filings", c -> c.mutateWith(csrf()).post().uri("/firms/{id}/filings", firmA)
                                .body(BodyInserters.fromFormData("fiscalYear", String.valueOf(filings.year() - 1))),
                        SEE_OTHER, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("GET /firms/{A}/filings/{y}", c -> c.get().uri(filing),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/filings/{unknown year}", c -> c.get().uri("/firms/{id}/filings/2001", firmA),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
                Case.of("GET /firms/{A}/filings/{y}/check", c -> c.get().uri(filing + "/check"),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("POST /firms/{A}/filings/{y}/check", c -> c.mutateWith(csrf()).post().uri(filing + "/check")
                                .body(BodyInserters.fromFormData("version", currentVersion())),
                        OK, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("POST /firms/{A}/filings/{y}/amendment", c -> c.mutateWith(csrf()).post()
                                .uri(filing + "/amendment").body(BodyInserters.fromFormData("version", currentVersion())),
                        OK, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("GET /reviewer/filings", c -> c.get().uri("/reviewer/filings"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/filings/{A}/{y}", c -> c.get().uri(review),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                // A draft cannot be reviewed: the reviewer gets through to that message, everyone else is refused first.
                Case.of("POST /reviewer/filings/{A}/{y}/return", c -> c.mutateWith(csrf()).post().uri(review + "/return")
                                .body(BodyInserters.fromFormData("version", currentVersion())
                                        .with("comments[financials]", "请核对")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("POST /reviewer/filings/{A}/{y}/acceptance", c -> c.mutateWith(csrf()).post()
                                .uri(review + "/acceptance").body(BodyInserters.fromFormData("version", currentVersion())),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN));
        return Stream.concat(sections, others);
    }

    private String currentVersion() {
        return String.valueOf(filings.stored(firmA).version());
    }
}
