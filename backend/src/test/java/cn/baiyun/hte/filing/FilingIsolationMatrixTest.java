package cn.baiyun.hte.filing;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The filing API in the isolation matrix. Writes carry a version no filing has, so a caller who gets
 * through every access check ends at 412 and nothing changes; anyone stopped earlier never learns
 * whether firm A has a filing. Integration clients need {@code filings:read}, which the matrix's
 * client lacks.
 */
@PortalIntegrationTest
class FilingIsolationMatrixTest extends IsolationMatrix {

    static final int YEAR = FilingApiTest.YEAR;
    static final String STALE = "\"999999\"";
    static final HttpStatus STALE_VERSION = HttpStatus.PRECONDITION_FAILED;

    @Autowired
    FilingService filings;

    @Override
    protected void prepare() {
        filings.create(callers.get(Caller.MEMBER).user(), firmA, YEAR).block(Duration.ofSeconds(10));
    }

    //                         MEMBER         OTHER_FIRM  PENDING     REVIEWER       DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        Stream<Case> reads = Stream.of(
                Case.of("GET /api/v1/enterprises/{A}/filings", c -> c.get().uri("/api/v1/enterprises/{id}/filings", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET …/filings/{year}", c -> c.get().uri(filing(""), firmA, YEAR),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET …/filings/{year}/revisions", c -> c.get().uri(filing("/revisions"), firmA, YEAR),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET /api/v1/filings", c -> c.get().uri("/api/v1/filings"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                // An empty request: the member gets through to validation; nobody else may start a filing.
                Case.of("POST /api/v1/enterprises/{A}/filings", c -> c.post().uri("/api/v1/enterprises/{id}/filings", firmA)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        BAD_REQUEST, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        Stream<Case> sections = Stream.of(FilingSection.values()).map(section -> Case.of(
                "PUT …/filings/{year}/" + section.slug(), c -> c.put().uri(filing("/" + section.slug()), firmA, YEAR)
                        .header(HttpHeaders.IF_MATCH, STALE)
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                STALE_VERSION, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        Stream<Case> commands = Stream.of(
                Case.of("POST …/submission", c -> c.post().uri(filing("/submission"), firmA, YEAR)
                                .header(HttpHeaders.IF_MATCH, STALE),
                        STALE_VERSION, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("POST …/amendment", c -> c.post().uri(filing("/amendment"), firmA, YEAR)
                                .header(HttpHeaders.IF_MATCH, STALE),
                        STALE_VERSION, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("POST …/return", c -> c.post().uri(filing("/return"), firmA, YEAR)
                                .header(HttpHeaders.IF_MATCH, STALE).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of("comments", Map.of("FINANCIALS", "请核对"))),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, STALE_VERSION, FORBIDDEN, FORBIDDEN),
                Case.of("POST …/acceptance", c -> c.post().uri(filing("/acceptance"), firmA, YEAR)
                                .header(HttpHeaders.IF_MATCH, STALE),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, STALE_VERSION, FORBIDDEN, FORBIDDEN));
        return Stream.of(reads, sections, commands).flatMap(cases -> cases);
    }

    @Override
    protected Stream<Case> pageCases() {
        return Stream.empty();
    }

    private static String filing(String suffix) {
        return "/api/v1/enterprises/{id}/filings/{year}" + suffix;
    }
}
