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
 * chunks of stored files and of uploads still under way are not.
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
