package cn.baiyun.hte.filing;

import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The filing API and pages in the isolation matrix; firm A has a draft filing. API writes carry a version
 * no filing has, so a caller who gets through every access check ends at 412 and nothing changes; anyone
 * stopped earlier never learns whether firm A has a filing. Integration clients need {@code filings:read},
 * which the matrix's client lacks; firm A's own software reads and fills in its drafts, never another firm's.
 * A page that refuses a member's request on its merits (an incomplete submission, amending a draft) answers
 * 200 with the message.
 */
@PortalIntegrationTest
class FilingIsolationMatrixTest extends IsolationMatrix {

    static final String STALE = "\"999999\"";
    static final HttpStatus STALE_VERSION = HttpStatus.PRECONDITION_FAILED;

    @Autowired
    FilingPageFixtures filings;

    int year;
    String filingPage;
    String reviewPage;

    @Override
    protected void prepare() {
        filings.draft(callers.get(Caller.MEMBER), firmA);
        year = filings.year();
        filingPage = "/firms/" + firmA + "/filings/" + year;
        reviewPage = "/reviewer/filings/" + firmA + "/" + year;
    }

    //                         MEMBER         OTHER_FIRM  PENDING     REVIEWER       DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        Stream<Case> reads = Stream.of(
                Case.of("GET /api/v1/enterprises/{A}/filings", c -> c.get().uri("/api/v1/enterprises/{id}/filings", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND),
                Case.of("GET …/filings/{year}", c -> c.get().uri(filing(""), firmA, year),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND),
                Case.of("GET …/filings/{year}/revisions", c -> c.get().uri(filing("/revisions"), firmA, year),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND),
                Case.of("GET /api/v1/filings", c -> c.get().uri("/api/v1/filings"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                // An empty request: the member gets through to validation; nobody else may start a filing.
                Case.of("POST /api/v1/enterprises/{A}/filings", c -> c.post().uri("/api/v1/enterprises/{id}/filings", firmA)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        BAD_REQUEST, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, NOT_FOUND));
        // The firm's software saves the figures its books keep (financials, R&D spend, staff), not the declarations.
        Stream<Case> sections = Stream.of(FilingSection.values()).map(section -> Case.of(
                "PUT …/filings/{year}/" + section.slug(), c -> c.put().uri(filing("/" + section.slug()), firmA, year)
                        .header(HttpHeaders.IF_MATCH, STALE)
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                STALE_VERSION, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                section.keptByFirmSoftware() ? STALE_VERSION : FORBIDDEN,
                section.keptByFirmSoftware() ? NOT_FOUND : FORBIDDEN));
        // Submitting, amending and reviewing are people's acts: the firm's software is refused (the default).
        Stream<Case> commands = Stream.of(
                Case.of("POST …/submission", c -> c.post().uri(filing("/submission"), firmA, year)
                                .header(HttpHeaders.IF_MATCH, STALE),
                        STALE_VERSION, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("POST …/amendment", c -> c.post().uri(filing("/amendment"), firmA, year)
                                .header(HttpHeaders.IF_MATCH, STALE),
                        STALE_VERSION, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("POST …/return", c -> c.post().uri(filing("/return"), firmA, year)
                                .header(HttpHeaders.IF_MATCH, STALE).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of("comments", Map.of("FINANCIALS", "请核对"))),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, STALE_VERSION, FORBIDDEN, FORBIDDEN),
                Case.of("POST …/acceptance", c -> c.post().uri(filing("/acceptance"), firmA, year)
                                .header(HttpHeaders.IF_MATCH, STALE),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, STALE_VERSION, FORBIDDEN, FORBIDDEN));
        return Stream.of(reads, sections, commands).flatMap(cases -> cases);
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        Stream<Case> sections = Stream.of(FilingSection.values()).flatMap(section -> Stream.of(
                Case.of("GET /firms/{A}/filings/{y}/" + section.slug(),
                        c -> c.get().uri(filingPage + "/" + section.slug()),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("POST /firms/{A}/filings/{y}/" + section.slug(),
                        c -> c.mutateWith(csrf()).post().uri(filingPage + "/" + section.slug())
                                .body(BodyInserters.fromFormData("version", currentVersion())),
                        SEE_OTHER, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN)));
        Stream<Case> others = Stream.of(
                Case.of("GET /firms/{A}/filings", c -> c.get().uri("/firms/{id}/filings", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                // An earlier year than A's draft: only a member may start it.
                Case.of("POST /firms/{A}/filings", c -> c.mutateWith(csrf()).post().uri("/firms/{id}/filings", firmA)
                                .body(BodyInserters.fromFormData("fiscalYear", String.valueOf(year - 1))),
                        SEE_OTHER, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("GET /firms/{A}/filings/{y}", c -> c.get().uri(filingPage),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/filings/{unknown year}", c -> c.get().uri("/firms/{id}/filings/2001", firmA),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
                Case.of("GET /firms/{A}/filings/{y}/check", c -> c.get().uri(filingPage + "/check"),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("POST /firms/{A}/filings/{y}/check", c -> c.mutateWith(csrf()).post().uri(filingPage + "/check")
                                .body(BodyInserters.fromFormData("version", currentVersion()).with("commitment", "true")),
                        OK, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("GET /firms/{A}/filings/{y}/receipt", c -> c.get().uri(filingPage + "/receipt"),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("POST /firms/{A}/filings/{y}/amendment", c -> c.mutateWith(csrf()).post()
                                .uri(filingPage + "/amendment").body(BodyInserters.fromFormData("version", currentVersion())),
                        OK, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("GET /reviewer/filings", c -> c.get().uri("/reviewer/filings"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET /reviewer/filings/{A}/{y}", c -> c.get().uri(reviewPage),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                // A draft cannot be reviewed: the reviewer gets through to that message, everyone else is refused first.
                Case.of("POST /reviewer/filings/{A}/{y}/return", c -> c.mutateWith(csrf()).post().uri(reviewPage + "/return")
                                .body(BodyInserters.fromFormData("version", currentVersion())
                                        .with("comments[financials]", "请核对")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("POST /reviewer/filings/{A}/{y}/acceptance", c -> c.mutateWith(csrf()).post()
                                .uri(reviewPage + "/acceptance").body(BodyInserters.fromFormData("version", currentVersion())
                                        .with("confirmed", "true")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN));
        return Stream.concat(sections, others);
    }

    private static String filing(String suffix) {
        return "/api/v1/enterprises/{id}/filings/{year}" + suffix;
    }

    private String currentVersion() {
        return String.valueOf(filings.stored(firmA).version());
    }
}
