package cn.baiyun.hte.roadshow;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.upload.FileBucket;
import cn.baiyun.hte.platform.upload.FileType;
import cn.baiyun.hte.platform.upload.UploadInspection;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The GridFS bucket {@value PitchDeck#BUCKET}: pitch decks, streamed in and inspected like evidence documents
 * (size limit while streaming, type from the content, whole structure once stored), of which only PDFs are
 * kept. A deck becomes visible only when its registration names it; a file refused, or left by a crash before
 * that, is named by nothing.
 */
@Component
class DeckStore {

    /** The form field (and API part) of the file. */
    static final String FILE = "file";

    private final FileBucket bucket;

    DeckStore(ReactiveMongoDatabaseFactory databases, MongoConverter converter, ReactiveMongoTemplate mongo) {
        this.bucket = new FileBucket(databases, converter, mongo, PitchDeck.BUCKET);
    }

    /** Stores a PDF; any other accepted type is removed again and refused on the field. */
    Mono<UploadInspection.Inspected> store(ObjectId id, Registration registration, long maxBytes,
                                           Flux<DataBuffer> content) {
        Document metadata = new Document("registrationId", registration.id())
                .append("enterpriseId", registration.enterpriseId());
        return bucket.store(id, id.toHexString() + ".pdf", metadata, new UploadInspection(maxBytes, FILE), content)
                .flatMap(inspected -> inspected.type() == FileType.PDF ? Mono.just(inspected)
                        : bucket.purge(id).then(Mono.error(PortalException.invalid(
                                new FieldProblem(FILE, "roadshow.deck.not-pdf")))));
    }

    Flux<DataBuffer> content(PitchDeck deck) {
        return bucket.content(deck.fileId());
    }

    Mono<Void> remove(PitchDeck deck) {
        return deck == null ? Mono.empty() : bucket.purge(new ObjectId(deck.fileId()));
    }
}
