package cn.baiyun.hte.publication;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.upload.DisplayName;
import cn.baiyun.hte.platform.upload.FileBucket;
import cn.baiyun.hte.platform.upload.FileDownload;
import cn.baiyun.hte.platform.upload.FileType;
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
 * The PDFs of the policy library, in their own GridFS bucket {@code policyDocuments}, under the rules of every
 * upload (size limit while streaming, type from the content, the whole structure checked once stored), and
 * one more: a policy's file must be a PDF, so any other accepted type is removed again and refused. The
 * policy names its file; a crash between storing the file and saving the policy leaves a file nobody names.
 */
@Component
class PolicyFiles {

    static final String BUCKET = "policyDocuments";
    /** The form field, and the API's part, that carries the PDF. */
    static final String FIELD = "file";

    private final FileBucket bucket;
    private final UploadProperties limits;

    PolicyFiles(ReactiveMongoDatabaseFactory databases, MongoConverter converter, ReactiveMongoTemplate mongo,
                UploadProperties limits) {
        this.bucket = new FileBucket(databases, converter, mongo, BUCKET);
        this.limits = limits;
    }

    UploadProperties limits() {
        return limits;
    }

    Mono<PolicyFile> store(String filename, Flux<DataBuffer> content) {
        ObjectId id = new ObjectId();
        var inspection = new UploadInspection(limits.maxBytes(), FIELD);
        Document metadata = new Document("originalName", DisplayName.of(filename));
        return bucket.store(id, id.toHexString() + ".pdf", metadata, inspection, content).flatMap(inspected ->
                inspected.type() == FileType.PDF
                        ? Mono.just(new PolicyFile(id.toHexString(), DisplayName.of(filename, FileType.PDF),
                                inspected.size(), inspected.sha256()))
                        : bucket.purge(id).then(Mono.error(PortalException.invalid(
                                new FieldProblem(FIELD, "publication.file.not-pdf")))));
    }

    ResponseEntity<Flux<DataBuffer>> download(PolicyFile file) {
        return FileDownload.of(FileType.PDF_MEDIA_TYPE, file.size(), file.originalName(), file.sha256(),
                bucket.content(file.fileId()));
    }

    Mono<Void> remove(PolicyFile file) {
        return file == null ? Mono.empty() : bucket.purge(new ObjectId(file.fileId()));
    }
}
