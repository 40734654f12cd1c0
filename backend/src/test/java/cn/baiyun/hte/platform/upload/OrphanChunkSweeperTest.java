package cn.baiyun.hte.platform.upload;

import java.time.Duration;
import java.time.Instant;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.TestFiles;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Chunks that no files document names, left by an upload whose process died, are removed once old; the
 * chunks of stored files and of uploads still under way are not. So are, once old, evidence files never
 * completed and claim files no claim names.
 */
@PortalIntegrationTest
class OrphanChunkSweeperTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    ReactiveMongoDatabaseFactory databases;
    @Autowired
    OrphanChunkSweeper sweeper;

    final String bucket = "sweep" + new ObjectId();
    final Instant now = Instant.now();

    @Test
    void oldChunksOfAFileThatNeverGotItsDocumentAreRemovedButNotThoseOfAnUploadUnderWay() {
        ObjectId abandoned = new ObjectId();
        chunks(abandoned, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)));
        ObjectId stillStreaming = new ObjectId();
        chunks(stillStreaming, now.minus(Duration.ofHours(2)), now.minusSeconds(5));
        ObjectId fresh = new ObjectId();
        chunks(fresh, now.minusSeconds(30));

        Long removed = sweeper.sweep(now.minus(Duration.ofHours(1))).block(TIMEOUT);

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(chunksOf(abandoned)).isZero();
        assertThat(chunksOf(stillStreaming)).as("an upload still receiving chunks").isEqualTo(2);
        assertThat(chunksOf(fresh)).isEqualTo(1);
    }

    @Test
    void aStoredFileKeepsItsChunksHoweverOld() {
        ObjectId stored = new ObjectId();
        new FileBucket(databases, mongo.getConverter(), mongo, bucket)
                .store(stored, "stored.pdf", new Document(), pdfInspection(), Flux.just(pdf()))
                .block(TIMEOUT);
        ObjectId abandoned = new ObjectId();
        chunks(abandoned, now.minusSeconds(1));

        sweeper.sweep(now.plusSeconds(60)).block(TIMEOUT);

        assertThat(chunksOf(stored)).isEqualTo(1);
        assertThat(chunksOf(abandoned)).isZero();
    }

    @Test
    void chunkIdsFromTheDriverAreObjectIdsWhoseTimeIsTheirAge() {
        ObjectId stored = new ObjectId();
        new FileBucket(databases, mongo.getConverter(), mongo, bucket)
                .store(stored, "stored.pdf", new Document(), pdfInspection(), Flux.just(pdf()))
                .block(TIMEOUT);

        Document chunk = mongo.findOne(query(where("files_id").is(stored)), Document.class, bucket + ".chunks")
                .block(TIMEOUT);

        assertThat(chunk.get("_id")).isInstanceOf(ObjectId.class);
        assertThat(chunk.getObjectId("_id")).isGreaterThan(OrphanChunkSweeper.idAt(now.minusSeconds(60)));
        assertThat(OrphanChunkSweeper.idAt(now).getDate().toInstant()).isEqualTo(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void oldEvidenceFilesNeverCompletedAreRemovedWithTheirChunks() {
        ObjectId unfinished = file("documents", now.minus(Duration.ofHours(3)), new Document("enterpriseId", "e1"));
        ObjectId completed = file("documents", now.minus(Duration.ofHours(3)),
                new Document("enterpriseId", "e1").append("sha256", "ab"));
        ObjectId recent = file("documents", now.minusSeconds(30), new Document("enterpriseId", "e1"));

        sweeper.sweep(now.minus(Duration.ofHours(1))).block(TIMEOUT);

        assertThat(exists("documents", unfinished)).isFalse();
        assertThat(mongo.count(query(where("files_id").is(unfinished)), "documents.chunks").block(TIMEOUT)).isZero();
        assertThat(exists("documents", completed)).isTrue();
        assertThat(mongo.count(query(where("files_id").is(completed)), "documents.chunks").block(TIMEOUT)).isEqualTo(1);
        assertThat(exists("documents", recent)).as("an upload still being checked").isTrue();
    }

    @Test
    void oldClaimFilesNoClaimNamesAreRemoved() {
        ObjectId unclaimed = file("claimDocuments", now.minus(Duration.ofHours(3)), new Document("claimantId", "u1"));
        ObjectId claimed = file("claimDocuments", now.minus(Duration.ofHours(3)), new Document("claimantId", "u2"));
        // Only what the sweep reads of a claim; removed again, since the reviewers' claim list in the same
        // context could not read it.
        Document claim = new Document("userId", "u2").append("status", "PENDING")
                .append("document", new Document("fileId", claimed.toHexString()));
        mongo.insert(claim, "memberships").block(TIMEOUT);
        ObjectId recent = file("claimDocuments", now.minusSeconds(30), new Document("claimantId", "u3"));
        try {
            sweeper.sweep(now.minus(Duration.ofHours(1))).block(TIMEOUT);

            assertThat(exists("claimDocuments", unclaimed)).isFalse();
            assertThat(exists("claimDocuments", claimed)).isTrue();
            assertThat(exists("claimDocuments", recent)).as("a claim about to be saved").isTrue();
        } finally {
            mongo.remove(query(where("_id").is(claim.getObjectId("_id"))), "memberships").block(TIMEOUT);
        }
    }

    /** A files document made at {@code at}, with one chunk. */
    private ObjectId file(String bucket, Instant at, Document metadata) {
        ObjectId id = new ObjectId(java.util.Date.from(at));
        mongo.insert(new Document("_id", id).append("length", 16L).append("chunkSize", 261120)
                .append("uploadDate", java.util.Date.from(at)).append("filename", id.toHexString())
                .append("metadata", metadata), bucket + ".files").block(TIMEOUT);
        mongo.insert(new Document("files_id", id).append("n", 0).append("data", new Binary(new byte[16])),
                bucket + ".chunks").block(TIMEOUT);
        return id;
    }

    private boolean exists(String bucket, ObjectId id) {
        return mongo.exists(query(where("_id").is(id)), bucket + ".files").block(TIMEOUT);
    }

    private void chunks(ObjectId fileId, Instant... writtenAt) {
        int n = 0;
        for (Instant at : writtenAt) {
            mongo.insert(new Document("_id", new ObjectId(java.util.Date.from(at)))
                    .append("files_id", fileId).append("n", n++).append("data", new Binary(new byte[16])),
                    bucket + ".chunks").block(TIMEOUT);
        }
    }

    private long chunksOf(ObjectId fileId) {
        return mongo.count(query(where("files_id").is(fileId)), bucket + ".chunks").block(TIMEOUT);
    }

    private static UploadInspection pdfInspection() {
        return new UploadInspection(1024 * 1024, "file");
    }

    private static DataBuffer pdf() {
        return DefaultDataBufferFactory.sharedInstance.wrap(TestFiles.pdf(1_000));
    }
}
