package cn.baiyun.hte.filing.evidence;

import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.upload.FileBucket;
import cn.baiyun.hte.platform.upload.UploadInspection;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The GridFS bucket {@code documents}. Every read takes the firm's id and matches it together with the
 * document's, so that one firm's document id finds nothing for another firm. A file is visible only
 * once its digest is recorded, that is once its content has been stored and accepted.
 */
@Component
class DocumentStore {

    private final FileBucket bucket;
    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    DocumentStore(ReactiveMongoDatabaseFactory databases, MongoConverter converter, ReactiveMongoTemplate mongo,
                  Outbox outbox) {
        this.bucket = new FileBucket(databases, converter, mongo, EvidenceDocument.BUCKET);
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /**
     * Streams the content into a new file and checks it; a refused or failed content leaves nothing
     * behind. The answer is what the content turned out to be.
     */
    Mono<UploadInspection.Inspected> store(ObjectId id, String provisionalName, Document metadata,
                                           UploadInspection inspection, Flux<DataBuffer> content) {
        return bucket.store(id, provisionalName, metadata, inspection, content);
    }

    /** Records what the content turned out to be, which makes the document visible, with its event. */
    Mono<EvidenceDocument> complete(ObjectId id, String storageName, UploadInspection.Inspected inspected,
                                    DocumentUploaded uploaded) {
        Update update = new Update().set("filename", storageName).set(DocumentMetadata.STORAGE_NAME, storageName)
                .set(DocumentMetadata.ORIGINAL_NAME, uploaded.originalName())
                .set(DocumentMetadata.CONTENT_TYPE, inspected.type().mediaType())
                .set(DocumentMetadata.SIZE, inspected.size())
                .set(DocumentMetadata.SHA256, inspected.sha256());
        return outbox.update(query(where("_id").is(id)), update, EvidenceDocument.class, uploaded);
    }

    Mono<EvidenceDocument> find(String enterpriseId, String documentId) {
        if (!ObjectId.isValid(documentId)) {
            return Mono.empty();
        }
        return mongo.findOne(query(ofFirm(enterpriseId).and("_id").is(new ObjectId(documentId))), EvidenceDocument.class);
    }

    Mono<PageOf<EvidenceDocument>> list(String enterpriseId, DocumentSearch search, PageRequest page) {
        Criteria criteria = ofFirm(enterpriseId);
        if (search.fiscalYear() != null) {
            criteria = criteria.and(DocumentMetadata.FISCAL_YEAR).is(search.fiscalYear());
        }
        if (search.ipAssetId() != null && !search.ipAssetId().isBlank()) {
            criteria = criteria.and(DocumentMetadata.IP_ASSET_ID).is(search.ipAssetId());
        }
        if (search.kind() != null) {
            criteria = criteria.and(DocumentMetadata.KIND).is(search.kind().name());
        }
        return CursorPaging.page(mongo, criteria, EvidenceDocument.class, page,
                EvidenceDocument::id);
    }

    Flux<DataBuffer> content(EvidenceDocument document) {
        return bucket.content(document.id());
    }

    /**
     * Removes a file the caller found among the firm's, with its event; false if it is gone already. The
     * file document goes first, so the file vanishes at once; chunks left by a crash right after it are
     * invisible (no file names them).
     */
    Mono<Boolean> delete(EvidenceDocument document, DocumentDeleted deleted) {
        return outbox.delete(EvidenceDocument.class, document.id(), null, deleted)
                .flatMap(removed -> removed ? bucket.removeChunks(new ObjectId(document.id())).thenReturn(true)
                        : Mono.just(false));
    }

    private static Criteria ofFirm(String enterpriseId) {
        return where(DocumentMetadata.ENTERPRISE_ID).is(enterpriseId).and(DocumentMetadata.SHA256).exists(true);
    }
}
