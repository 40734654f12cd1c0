package cn.baiyun.hte.enterprise;

import cn.baiyun.hte.platform.upload.AbandonedFiles;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Claim files that no claim names: the process died between storing the file and saving the claim (see
 * {@link ClaimDocuments}). Nobody can reach them; they are swept once old.
 */
@Component
class UnclaimedDocuments implements AbandonedFiles {

    private final ReactiveMongoTemplate mongo;

    UnclaimedDocuments(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String bucket() {
        return ClaimDocuments.BUCKET;
    }

    @Override
    public Mono<Boolean> wanted(ObjectId fileId) {
        return mongo.exists(query(where("document.fileId").is(fileId.toHexString())), Membership.class);
    }
}
