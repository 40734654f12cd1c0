package cn.baiyun.hte.filing.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFilings;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.UploadRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Uploading, downloading and deleting evidence documents through the API. */
@PortalIntegrationTest
class EvidenceApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient web;
    @Autowired
    TestFilings drafts;
    @Autowired
    TestFirms firms;
    @Autowired
    FilingService filings;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    EvidenceService documents;

    Principals member;
    String firm;
    int year;

    @BeforeEach
    void firmWithADraftFiling() {
        TestFilings.Draft draft = drafts.draft("uploader", "材料测试公司");
        member = draft.member();
        firm = draft.firm();
        year = draft.year();
    }

    @Test
    void roundTripKeepsBytesAndDigestForEachAcceptedType() {
        assertRoundTrip("年度审计报告.pdf", TestFiles.pdf(600_000), "application/pdf");
        assertRoundTrip("scan.png", TestFiles.png(), "image/png");
        assertRoundTrip("研发台账.xlsx", TestFiles.xlsx(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertRoundTrip("说明.docx", TestFiles.docx(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void typeComesFromTheContentNotTheName() {
        byte[] png = TestFiles.png();
        DocumentResource stored = upload(UploadRequest.file("looks-like.pdf", png).forFiling("OTHER", year));
        assertThat(stored.contentType()).isEqualTo("image/png");
    }

    @Test
    void renamedExecutablesAndPlainArchivesAreRefusedAndNothingIsStored() {
        long filesBefore = count(EvidenceDocument.COLLECTION);
        long chunksBefore = count(EvidenceDocument.CHUNKS);

        Map<byte[], String> refusals = Map.of(TestFiles.elf(), "PDF", TestFiles.windowsExecutable(), "PDF",
                TestFiles.jar(), "executable");
        refusals.forEach((content, said) -> UploadRequest.file("x.pdf", content).forFiling("RD_AUDIT_REPORT", year)
                .postTo(as(member).post().uri("/api/v1/enterprises/{id}/documents", firm))
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("file")
                // A Java archive is a ZIP whose class entries are refused as they stream past.
                .jsonPath("$.errors[0].code").isEqualTo(said.equals("PDF") ? "document.file.type" : "document.file.unsafe")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains(said)));

        assertThat(count(EvidenceDocument.COLLECTION)).isEqualTo(filesBefore);
        assertThat(count(EvidenceDocument.CHUNKS)).isEqualTo(chunksBefore);
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileStreamingAndNothingIsStored() {
        long limit = documents.limits().maxBytes();
        long filesBefore = count(EvidenceDocument.COLLECTION);
        long chunksBefore = count(EvidenceDocument.CHUNKS);
        AtomicLong sent = new AtomicLong();
        int piece = 64 * 1024;
        long offered = limit * 3;
        Flux<DataBuffer> endless = Flux.concat(Flux.just(TestFiles.pdf(piece)), Flux.range(0, (int) (offered / piece))
                        .map(i -> TestFiles.random(piece)))
                .map(bytes -> {
                    sent.addAndGet(bytes.length);
                    return DefaultDataBufferFactory.sharedInstance.wrap(bytes);
                });

        UploadRequest.streamed("huge.pdf", endless).forFiling("FINANCIAL_STATEMENTS", year)
                .postTo(as(member).post().uri("/api/v1/enterprises/{id}/documents", firm))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        System.out.printf("size limit %d bytes: the client produced %d of %d bytes before the server stopped reading%n",
                limit, sent.get(), offered);
        // What passed the limit is what the reactive pipeline had requested ahead (about 1-2 MB seen), not the file.
        assertThat(sent.get()).as("bytes the server let the client send").isLessThan(limit + 4 * 1024 * 1024);
        assertThat(count(EvidenceDocument.COLLECTION)).isEqualTo(filesBefore);
        assertThat(count(EvidenceDocument.CHUNKS)).isEqualTo(chunksBefore);
    }

    @Test
    void downloadNamesAreSafeAttachments() {
        DocumentResource evil = upload(UploadRequest.file("../../etc/passwd\"\r\nX: y.pdf", TestFiles.pdf(100))
                .forFiling("OTHER", year));
        assertThat(evil.originalName()).isEqualTo("passwdX y.pdf");

        var headers = as(member).get().uri(evil.contentUrl()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .returnResult(byte[].class).getResponseHeaders();
        String disposition = headers.getFirst("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").doesNotContain("\r", "\n", "/", "..", "\\");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("passwdX y.pdf");

        DocumentResource chinese = upload(UploadRequest.file("研发费用专项审计报告.pdf", TestFiles.pdf(100))
                .forFiling("RD_AUDIT_REPORT", year));
        String chineseDisposition = as(member).get().uri(chinese.contentUrl()).exchange()
                .expectStatus().isOk()
                .returnResult(byte[].class).getResponseHeaders().getFirst("Content-Disposition");
        assertThat(chineseDisposition).contains("filename*=UTF-8''%E7%A0%94");
        assertThat(ContentDisposition.parse(chineseDisposition).getFilename()).isEqualTo("研发费用专项审计报告.pdf");
    }

    @Test
    void documentsOfADraftFilingCanBeDeletedButNotOnceItIsSubmitted() {
        DocumentResource first = upload(UploadRequest.file("a.pdf", TestFiles.pdf(100)).forFiling("OTHER", year));
        DocumentResource second = upload(UploadRequest.file("b.pdf", TestFiles.pdf(100)).forFiling("OTHER", year));

        as(member).delete().uri(path(first)).exchange().expectStatus().isNoContent();
        as(member).get().uri(path(first)).exchange().expectStatus().isNotFound();

        mongo.updateFirst(Query.query(where("enterpriseId").is(firm).and("fiscalYear").is(year)),
                Update.update("status", FilingStatus.SUBMITTED), Filing.class).block(TIMEOUT);
        as(member).delete().uri(path(second)).header("Accept-Language", "en").exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("no longer a draft"));
        as(member).get().uri(path(second)).exchange().expectStatus().isOk();
        as(member).get().uri(second.contentUrl()).exchange().expectStatus().isOk();

        UploadRequest.file("c.pdf", TestFiles.pdf(100)).forFiling("OTHER", year)
                .postTo(as(member).post().uri("/api/v1/enterprises/{id}/documents", firm))
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void linksMustNameAnExistingFilingOrIpAssetOfTheFirm() {
        UploadRequest.file("a.pdf", TestFiles.pdf(100)).forFiling("OTHER", year - 5)
                .postTo(as(member).post().uri("/api/v1/enterprises/{id}/documents", firm))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("fiscalYear");
        UploadRequest.file("a.pdf", TestFiles.pdf(100)).field("kind", "NOT_A_KIND")
                .postTo(as(member).post().uri("/api/v1/enterprises/{id}/documents", firm))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(f -> assertThat(f.toString())
                        .contains("kind", "fiscalYear"));
        UploadRequest.file("cert.pdf", TestFiles.pdf(100)).field("kind", "IP_CERTIFICATE")
                .field("ipAssetId", "0123456789abcdef01234567")
                .postTo(as(member).post().uri("/api/v1/enterprises/{id}/documents", firm))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("ipAssetId");

        String patent = ipAsset();
        DocumentResource certificate = upload(UploadRequest.file("cert.pdf", TestFiles.pdf(100))
                .field("kind", "IP_CERTIFICATE").field("ipAssetId", patent));
        assertThat(certificate.ipAssetId()).isEqualTo(patent);
        as(member).get().uri(b -> b.path("/api/v1/enterprises/{id}/documents").queryParam("ipAssetId", patent).build(firm))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].id").isEqualTo(certificate.id());
        as(member).delete().uri(path(certificate)).exchange().expectStatus().isNoContent();
    }

    /** A granted utility model of the firm, made through the portfolio API. */
    private String ipAsset() {
        Map<String, Object> patent = new HashMap<>(Map.of("type", "UTILITY_MODEL", "number", "ZL202220001234.5",
                "title", "一种检测夹具", "status", "GRANTED", "applicationDate", "2022-03-01", "grantDate", "2022-09-16",
                "acquisition", "SELF_DEVELOPED", "ownedByFirm", true, "usedInPriorHteApplication", false));
        patent.put("supportsMainProduct", true);
        return as(member).post().uri("/api/v1/enterprises/{id}/ip-assets", firm)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(patent)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    @Test
    void anotherFirmsDocumentIdIsNotFoundUnderThisFirm() {
        Principals stranger = Principals.firmUser("stranger");
        String otherFirm = firms.approvedFirm(stranger, "另一家公司");
        filings.create(stranger.user(), otherFirm, year).block(TIMEOUT);
        DocumentResource theirs = UploadRequest.file("theirs.pdf", TestFiles.pdf(100)).forFiling("OTHER", year)
                .postTo(as(stranger).post().uri("/api/v1/enterprises/{id}/documents", otherFirm))
                .exchange().expectStatus().isCreated()
                .expectBody(DocumentResource.class).returnResult().getResponseBody();

        String underMine = "/api/v1/enterprises/" + firm + "/documents/" + theirs.id();
        as(member).get().uri(underMine).exchange().expectStatus().isNotFound();
        as(member).get().uri(underMine + "/content").exchange().expectStatus().isNotFound();
        as(member).delete().uri(underMine).exchange().expectStatus().isNotFound();
        web.mutateWith(Principals.reviewer().bearer()).get().uri(underMine).exchange().expectStatus().isNotFound();
        as(stranger).get().uri(EvidenceApi.path(otherFirm, theirs.id())).exchange().expectStatus().isOk();
    }

    private void assertRoundTrip(String name, byte[] content, String type) {
        DocumentResource stored = upload(UploadRequest.file(name, content).forFiling("RD_AUDIT_REPORT", year));
        assertThat(stored.contentType()).isEqualTo(type);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(stored.originalName()).isEqualTo(name);

        var result = as(member).get().uri(stored.contentUrl()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(type)
                .expectHeader().contentLength(content.length)
                .expectHeader().valueEquals("ETag", "\"" + sha256(content) + "\"")
                .returnResult(DataBuffer.class).getResponseBody();
        byte[] downloaded = DataBufferUtils.join(result).map(TestFiles::bytes).block(TIMEOUT);
        assertThat(sha256(downloaded)).isEqualTo(sha256(content));
        assertThat(downloaded).isEqualTo(content);

        as(member).get().uri(path(stored)).exchange().expectStatus().isOk()
                .expectBody(DocumentResource.class).isEqualTo(stored);
    }

    private DocumentResource upload(UploadRequest request) {
        return request.postTo(as(member).post().uri("/api/v1/enterprises/{id}/documents", firm))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().value("Location", l -> assertThat(l).startsWith("/api/v1/enterprises/" + firm + "/documents/"))
                .expectBody(DocumentResource.class).returnResult().getResponseBody();
    }

    private String path(DocumentResource document) {
        return EvidenceApi.path(firm, document.id());
    }

    private WebTestClient as(Principals who) {
        return web.mutateWith(who.bearer());
    }

    private long count(String collection) {
        return mongo.getCollection(collection).flatMap(c -> Mono.from(c.countDocuments())).block(TIMEOUT);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
