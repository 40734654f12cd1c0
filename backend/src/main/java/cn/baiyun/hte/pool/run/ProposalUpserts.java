package cn.baiyun.hte.pool.run;

import java.util.Date;
import java.util.List;

import cn.baiyun.hte.pool.board.PoolEntry;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * Writes a cycle run's proposals in one unordered bulk. Only the proposal's fields are set, each in a
 * single-document upsert by (year, firm), so a reviewer's decision on an entry is never overwritten and no
 * transaction is needed. The updates are built as stored documents directly, not through the template's
 * query and update mapping, which resolves every field's path against the entity for every entry: with
 * hundreds of entries per bulk, that was a tenth of the run's processor time. They are stored as the
 * mapping stores them (enums by name, instants as dates), which {@code RecordReaderTest} and the
 * pool's tests read back through the mapping.
 */
final class ProposalUpserts {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private ProposalUpserts() {
    }

    static Mono<Void> write(ReactiveMongoTemplate mongo, List<PoolEntry> proposals) {
        if (proposals.isEmpty()) {
            return Mono.empty();
        }
        List<UpdateOneModel<Document>> upserts = proposals.stream().map(ProposalUpserts::upsert).toList();
        return mongo.getCollection(mongo.getCollectionName(PoolEntry.class))
                .flatMap(collection -> Mono.from(collection.bulkWrite(upserts, UNORDERED)))
                .then();
    }

    private static UpdateOneModel<Document> upsert(PoolEntry proposal) {
        Document entry = new Document("cycleYear", proposal.cycleYear())
                .append("enterpriseId", proposal.enterpriseId());
        Document fields = new Document("firmName", proposal.firmName())
                .append("technicalField", proposal.technicalField())
                .append("outcome", proposal.outcome().name())
                .append("proposedTier", proposal.proposedTier() == null ? null : proposal.proposedTier().name())
                .append("unmet", proposal.unmet())
                .append("missing", proposal.missing().stream()
                        .map(missing -> new Document("item", missing.item()).append("argument", missing.argument()))
                        .toList())
                .append("ruleSetVersion", proposal.ruleSetVersion())
                .append("inputsDigest", proposal.inputsDigest())
                .append("snapshotJson", proposal.snapshotJson())
                .append("assessedAt", Date.from(proposal.assessedAt()))
                .append("techSme", techSme(proposal.techSme()));
        return new UpdateOneModel<>(entry, new Document("$set", fields), UPSERT);
    }

    private static Document techSme(PoolEntry.TechSme techSme) {
        return techSme == null ? null : new Document("qualifies", techSme.qualifies())
                .append("route", techSme.route().name()).append("total", techSme.total())
                .append("sizeOk", techSme.sizeOk()).append("dataYear", techSme.dataYear())
                .append("registered", techSme.registered());
    }
}
