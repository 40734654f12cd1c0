package cn.baiyun.hte.enterprise;

import java.time.Clock;
import java.time.Instant;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.upload.DisplayName;
import cn.baiyun.hte.platform.upload.FileBucket;
import cn.baiyun.hte.platform.upload.FileDownload;
import cn.baiyun.hte.platform.upload.UploadInspection;
import cn.baiyun.hte.platform.upload.UploadProperties;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The files of claims, in their own GridFS bucket {@code claimDocuments}, apart from the firms' evidence:
 * a claim's document belongs to the claimant until a reviewer has decided, and no firm list ever finds it.
 * Stored under the rules of every upload (size limit while streaming, type from the content and its
 * whole structure, the name's extension that of the type). The claim names its file; a crash between
 * storing the file and saving the claim leaves a file nobody names.
 */
@Component
class ClaimDocuments {

    static final String BUCKET = "claimDocuments";

    private final FileBucket bucket;
    private final UploadProperties limits;
    private final Clock clock;

    ClaimDocuments(ReactiveMongoDatabaseFactory databases, MongoConverter converter, ReactiveMongoTemplate mongo,
                   UploadProperties limits, Clock clock) {
        this.bucket = new FileBucket(databases, converter, mongo, BUCKET);
        this.limits = limits;
        this.clock = clock;
    }

    UploadProperties limits() {
        return limits;
    }

    Mono<ClaimDocument> store(PortalUser claimant, ClaimDocumentKind kind, String filename, Flux<DataBuffer> content) {
        ObjectId id = new ObjectId();
        String originalName = DisplayName.of(filename);
        Instant now = Instant.now(clock);
        Document metadata = new Document("claimantId", claimant.id()).append("kind", kind.name())
                .append("originalName", originalName);
        var inspection = new UploadInspection(limits.maxBytes(), ClaimUpload.FILE);
        return bucket.store(id, id.toHexString(), metadata, inspection, content)
                .map(result -> new ClaimDocument(id.toHexString(), kind, DisplayName.of(filename, result.type()),
                        result.type().mediaType(), result.size(), result.sha256(), now));
    }

    ResponseEntity<Flux<DataBuffer>> download(ClaimDocument document) {
        return FileDownload.of(document.contentType(), document.size(), document.originalName(), document.sha256(),
                bucket.content(document.fileId()));
    }

    Mono<Void> remove(ClaimDocument document) {
        return document == null ? Mono.empty() : bucket.purge(new ObjectId(document.fileId()));
    }
}
