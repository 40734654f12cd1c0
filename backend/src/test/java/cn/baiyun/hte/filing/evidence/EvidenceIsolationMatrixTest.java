package cn.baiyun.hte.filing.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.UploadRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/** The evidence documents' endpoints and pages in the isolation matrix. */
@PortalIntegrationTest
class EvidenceIsolationMatrixTest extends IsolationMatrix {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    FilingService filings;
    @Autowired
    EvidenceService documents;
    @Autowired
    Clock clock;

    int year;
    String document;
    String deletedByApi;
    String deletedByPage;

    @Override
    protected void prepare() {
        year = LocalDate.now(clock).getYear() - 1;
        var member = callers.get(Caller.MEMBER).user();
        filings.create(member, firmA, year).block(TIMEOUT);
        document = stored("evidence.pdf");
        deletedByApi = stored("api-delete.pdf");
        deletedByPage = stored("page-delete.pdf");
    }

    private String stored(String name) {
        var fields = new UploadFields("OTHER", String.valueOf(year), null, name);
        Flux<DataBuffer> content = Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(TestFiles.pdf(100)));
        return documents.upload(callers.get(Caller.MEMBER).user(), firmA, fields, content).block(TIMEOUT).id();
    }

    private UploadRequest upload() {
        return UploadRequest.file("matrix.pdf", TestFiles.pdf(100)).forFiling("OTHER", year);
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        String documents = "/api/v1/enterprises/{id}/documents";
        return Stream.of(
                Case.of("GET " + documents, c -> c.get().uri(documents, firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND),
                Case.of("GET " + documents + "/{doc}", c -> c.get().uri(documents + "/{doc}", firmA, document),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND),
                Case.of("GET " + documents + "/{doc}/content", c -> c.get().uri(documents + "/{doc}/content", firmA, document),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND),
                Case.of("GET " + documents + "/{unknown}", c -> c.get().uri(documents + "/{doc}", firmA, UNKNOWN_ID),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                Case.of("POST " + documents, c -> upload().postTo(c.post().uri(documents, firmA)),
                        CREATED, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("DELETE " + documents + "/{doc}", c -> c.delete().uri(documents + "/{doc}", firmA, deletedByApi),
                        NO_CONTENT, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN));
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /firms/{A}/documents", c -> c.get().uri("/firms/{id}/documents", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/documents/{doc}/content", c -> c.get()
                                .uri("/firms/{id}/documents/{doc}/content", firmA, document),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/documents/{doc}/delete", c -> c.get()
                                .uri("/firms/{id}/documents/{doc}/delete", firmA, document),
                        OK, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("POST /firms/{A}/documents", c -> upload().postTo(c.mutateWith(csrf()).post()
                                .uri("/firms/{id}/documents", firmA)),
                        SEE_OTHER, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("POST /firms/{A}/documents/{doc}/delete", c -> c.mutateWith(csrf()).post()
                                .uri("/firms/{id}/documents/{doc}/delete", firmA, deletedByPage),
                        SEE_OTHER, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN));
    }
}
