package cn.baiyun.hte.platform.upload;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsResource;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsUpload;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * One GridFS bucket of uploaded files: its {@code <bucket>.files} documents (which the owning feature
 * reads and completes as typed records) and {@code <bucket>.chunks}. Who may read which file is the
 * owning feature's business; this only stores, streams and removes.
 */
public final class FileBucket {

    private final ReactiveGridFsTemplate gridFs;
    private final ReactiveMongoTemplate mongo;
    private final String files;
    private final String chunks;

    public FileBucket(ReactiveMongoDatabaseFactory databases, MongoConverter converter, ReactiveMongoTemplate mongo,
                      String bucket) {
        this.gridFs = new ReactiveGridFsTemplate(databases, converter, bucket);
        this.mongo = mongo;
        this.files = bucket + ".files";
        this.chunks = bucket + ".chunks";
    }

    /**
     * Streams the content into chunks of a new file while the inspection looks at it, then checks the
     * stored file's whole structure; the answer is what the file turned out to be. The caller makes the
     * file visible (names it) only after this answers, so a refused file is never seen. If the content
     * fails (too large, wrong type, client gone) the driver drops the chunks written so far; they are
     * dropped here once more because chunk writes still in flight may land after the driver's clean-up.
     * A file refused for its structure is removed with its chunks.
     */
    public Mono<UploadInspection.Inspected> store(ObjectId id, String provisionalName, Document metadata,
                                                  UploadInspection inspection, Flux<DataBuffer> content) {
        var upload = ReactiveGridFsUpload.fromPublisher(inspection.inspected(content)).id(id).filename(provisionalName)
                .metadata(metadata).build();
        return gridFs.store(upload)
                .then(Mono.defer(() -> inspection.verified(content(id.toHexString()))))
                .onErrorResume(error -> purge(id).then(Mono.error(error)));
    }

    public Flux<DataBuffer> content(String id) {
        return gridFs.findOne(query(where("_id").is(new ObjectId(id))))
                .flatMap(gridFs::getResource)
                .flatMapMany(ReactiveGridFsResource::getDownloadStream);
    }

    /** Removes a file and its chunks, the file document first so that the file vanishes at once. */
    public Mono<Void> purge(ObjectId id) {
        return mongo.remove(query(where("_id").is(id)), files).then(removeChunks(id));
    }

    /** Removes the chunks of a file whose file document is gone (or going). */
    public Mono<Void> removeChunks(ObjectId id) {
        return mongo.remove(query(where("files_id").is(id)), chunks).then();
    }
}
