package cn.baiyun.hte.publication;

import java.util.List;
import java.util.Map;

import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.UploadRequest;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class PublicationApiTest {

    private static final String ANNOUNCEMENTS = "/api/v1/announcements";
    private static final String POLICIES = "/api/v1/policies";

    @Autowired
    WebTestClient web;
    @Autowired
    Publications publications;
    @Autowired
    ReactiveMongoTemplate mongo;

    Principals reviewer = Principals.reviewer();

    @Test
    void aDraftIsSeenByNoOneButReviewersUntilPublishedAndAgainOnceWithdrawn() {
        String title = Publications.marker() + " 2026 年度高企申报通知";
        String location = asReviewer().post().uri(ANNOUNCEMENTS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Publications.announcement(title)).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, ANNOUNCEMENTS + "/[0-9a-f]{24}")
                .expectBody().jsonPath("$.status").isEqualTo("DRAFT").jsonPath("$.publishedAt").doesNotExist()
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        String id = location.substring(location.lastIndexOf('/') + 1);

        web.get().uri(ANNOUNCEMENTS + "/{id}", id).exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.mutateWith(Principals.firmUser("firm").bearer()).get().uri(ANNOUNCEMENTS + "/{id}", id).exchange()
                .expectStatus().isNotFound();
        web.get().uri(ANNOUNCEMENTS + "?q={q}", title).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        asReviewer().get().uri(ANNOUNCEMENTS + "/{id}", id).exchange().expectStatus().isOk();

        asReviewer().post().uri(ANNOUNCEMENTS + "/{id}/publication", id).exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.status").isEqualTo("PUBLISHED").jsonPath("$.publishedAt").exists();
        web.get().uri(ANNOUNCEMENTS + "/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.titleZh").isEqualTo(title).jsonPath("$.bodyEn").isEqualTo(
                        "First paragraph.\n\nSecond paragraph.");
        asReviewer().post().uri(ANNOUNCEMENTS + "/{id}/publication", id).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        asReviewer().delete().uri(ANNOUNCEMENTS + "/{id}/publication", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("WITHDRAWN");
        web.get().uri(ANNOUNCEMENTS + "/{id}", id).exchange().expectStatus().isNotFound();
        asReviewer().delete().uri(ANNOUNCEMENTS + "/{id}/publication", id).exchange().expectStatus().isEqualTo(409);

        assertThat(auditActions(id)).containsExactly("publication.announcement.drafted",
                "publication.announcement.published", "publication.announcement.withdrawn");
    }

    @Test
    void anEditIsAuditedWithTheFieldsItChangedAndAStaleOneChangesNothing() {
        String title = Publications.marker() + " 路演报名通知";
        Announcement published = publications.publishedAnnouncement(reviewer.user(), title);
        var edited = new AnnouncementDetails(title + "（更新）", null, AnnouncementCategory.EVENT_CALL, "新的正文。", null);

        asReviewer().put().uri(ANNOUNCEMENTS + "/{id}", published.id()).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(edited).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody().jsonPath("$.status").isEqualTo("PUBLISHED").jsonPath("$.category").isEqualTo("EVENT_CALL");
        asReviewer().put().uri(ANNOUNCEMENTS + "/{id}", published.id()).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Publications.announcement("覆盖")).exchange()
                .expectStatus().isEqualTo(412);

        AuditEvent edit = audit(published.id()).stream()
                .filter(e -> e.action().equals("publication.announcement.edited")).findFirst().orElseThrow();
        assertThat(edit.changes()).extracting(c -> c.field())
                .containsExactlyInAnyOrder("titleZh", "titleEn", "category", "bodyZh", "bodyEn");
        web.get().uri(ANNOUNCEMENTS + "/{id}", published.id()).exchange().expectBody()
                .jsonPath("$.titleZh").isEqualTo(title + "（更新）");
    }

    @Test
    void theListIsNewestPublishedFirstSearchedByTitleFilteredByCategoryAndPaged() {
        String marker = Publications.marker();
        Announcement first = publications.publishedAnnouncement(reviewer.user(), marker + " 甲");
        Announcement second = publications.publishedAnnouncement(reviewer.user(), marker + " 乙");
        Announcement third = publications.publishedAnnouncement(reviewer.user(), marker + " 丙");
        publications.draftAnnouncement(reviewer.user(), marker + " 草稿");

        PageOf<AnnouncementResource> firstPage = web.get().uri(ANNOUNCEMENTS + "?q={q}&limit=2", marker.toUpperCase())
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<PageOf<AnnouncementResource>>() { })
                .returnResult().getResponseBody();
        assertThat(firstPage.items()).extracting(AnnouncementResource::id).containsExactly(third.id(), second.id());
        String next = firstPage.next();
        web.get().uri(ANNOUNCEMENTS + "?q={q}&limit=2&cursor={c}", marker, next).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[*].id").isEqualTo(List.of(first.id()))
                .jsonPath("$.next").doesNotExist();
        web.get().uri(ANNOUNCEMENTS + "?q={q}&category=EVENT_CALL", marker).exchange().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);
        web.get().uri(ANNOUNCEMENTS + "?q={q}&category=DEADLINE", marker).exchange().expectBody()
                .jsonPath("$.items.length()").isEqualTo(3);
        asReviewer().get().uri(ANNOUNCEMENTS + "?q={q}", marker).exchange().expectBody()
                .jsonPath("$.items.length()").isEqualTo(4);
        asReviewer().get().uri(ANNOUNCEMENTS + "?q={q}&status=DRAFT", marker).exchange().expectBody()
                .jsonPath("$.items[0].titleZh").isEqualTo(marker + " 草稿");
    }

    @Test
    void badInputIsAProblemNamingEachFieldAndNeverA500() {
        asReviewer().post().uri(ANNOUNCEMENTS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("titleZh", "  ", "titleEn", "x".repeat(201))).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'titleZh')]").exists()
                .jsonPath("$.errors[?(@.field == 'titleEn')]").exists()
                .jsonPath("$.errors[?(@.field == 'category')]").exists()
                .jsonPath("$.errors[?(@.field == 'bodyZh')]").exists();
        web.get().uri(ANNOUNCEMENTS + "?cursor=nonsense").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        web.get().uri(ANNOUNCEMENTS + "?q={q}", "x".repeat(51)).exchange().expectStatus().isBadRequest();
        web.get().uri(ANNOUNCEMENTS + "?category=NOPE").exchange().expectStatus().isBadRequest();
        web.get().uri(ANNOUNCEMENTS + "?status=DRAFT").exchange().expectStatus().isForbidden();
        web.get().uri(ANNOUNCEMENTS + "/not-an-id").exchange().expectStatus().isNotFound();
        asReviewer().post().uri(ANNOUNCEMENTS + "/{id}/publication", "0123456789abcdef01234567").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aPolicyIsDraftedWithItsPdfPublishedAndDownloadedByAnyone() {
        String title = Publications.marker() + " 研发费用加计扣除政策";
        byte[] pdf = TestFiles.pdf(3000);
        String location = policyUpload(title, pdf, "通知.pdf")
                .postTo(asReviewer().post().uri(POLICIES)).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.tags").isEqualTo(List.of("研发费用", "加计扣除"))
                .jsonPath("$.document.name").isEqualTo("通知.pdf")
                .jsonPath("$.document.size").isEqualTo(pdf.length)
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        String id = location.substring(location.lastIndexOf('/') + 1);

        web.get().uri(POLICIES + "/{id}/document", id).exchange().expectStatus().isNotFound();
        asReviewer().post().uri(POLICIES + "/{id}/publication", id).exchange().expectStatus().isOk();

        byte[] downloaded = web.get().uri(POLICIES + "/{id}/document", id).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(pdf);
        web.get().uri(POLICIES + "?tag={t}&q={q}", "加计扣除", title).exchange().expectBody()
                .jsonPath("$.items[0].id").isEqualTo(id);
        web.get().uri(POLICIES + "?tag={t}&q={q}", "无此标签", title).exchange().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);
        assertThat(auditActions(id)).containsExactly("publication.policy.drafted", "publication.policy.published");
    }

    @Test
    void aFileThatIsNoPdfIsRefusedAndNothingIsStored() {
        String title = Publications.marker() + " 图片冒充政策";
        long filesBefore = count(PolicyFiles.BUCKET + ".files");

        policyUpload(title, TestFiles.png(), "policy.pdf").postTo(asReviewer().post().uri(POLICIES)).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
        policyUpload(title, TestFiles.elf(), "policy.pdf").postTo(asReviewer().post().uri(POLICIES)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("file");

        assertThat(count(PolicyFiles.BUCKET + ".files")).isEqualTo(filesBefore);
        asReviewer().get().uri(POLICIES + "?q={q}", title).exchange().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void aPolicyWithMistakesStoresNoFileAndNamesEachMistake() {
        long filesBefore = count(PolicyFiles.BUCKET + ".files");

        UploadRequest.file("p.pdf", TestFiles.pdf(200)).field("titleZh", "").field("issuedOn", "2022-13-45")
                .field("tags", "a".repeat(21)).postTo(asReviewer().post().uri(POLICIES)).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'titleZh')]").exists()
                .jsonPath("$.errors[?(@.field == 'issuedOn')]").exists()
                .jsonPath("$.errors[?(@.field == 'issuerZh')]").exists()
                .jsonPath("$.errors[?(@.field == 'documentNumber')]").exists()
                .jsonPath("$.errors[?(@.field == 'tags')]").exists();

        assertThat(count(PolicyFiles.BUCKET + ".files")).isEqualTo(filesBefore);
    }

    @Test
    void replacingThePdfKeepsWhatThePolicySaysAndRemovesTheOldFile() {
        Policy policy = publications.publishedPolicy(reviewer.user(), Publications.marker() + " 替换文件");
        byte[] newer = TestFiles.pdf(800);

        UploadRequest.file("新版.pdf", newer).postTo(asReviewer().put().uri(POLICIES + "/{id}/document", policy.id()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.titleZh").isEqualTo(policy.titleZh())
                .jsonPath("$.document.name").isEqualTo("新版.pdf");

        assertThat(web.get().uri(POLICIES + "/{id}/document", policy.id()).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody()).isEqualTo(newer);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(new ObjectId(policy.file().fileId()))),
                PolicyFiles.BUCKET + ".files").block()).isZero();
    }

    private UploadRequest policyUpload(String title, byte[] file, String filename) {
        return UploadRequest.file(filename, file).field("titleZh", title).field("issuerZh", "国家税务总局")
                .field("documentNumber", "财税〔2023〕7号").field("issuedOn", "2023-03-26")
                .field("summaryZh", "企业开展研发活动中实际发生的研发费用，按实际发生额的 100% 在税前加计扣除。")
                .field("tags", "研发费用，加计扣除");
    }

    private WebTestClient asReviewer() {
        return web.mutateWith(reviewer.bearer());
    }

    private List<AuditEvent> audit(String subjectId) {
        return mongo.find(Query.query(Criteria.where("subjectId").is(subjectId))
                .with(Sort.by("occurredAt")), AuditEvent.class).collectList().block();
    }

    private List<String> auditActions(String subjectId) {
        return audit(subjectId).stream().map(AuditEvent::action).toList();
    }

    private long count(String collection) {
        return mongo.count(new Query(), collection).block();
    }
}
