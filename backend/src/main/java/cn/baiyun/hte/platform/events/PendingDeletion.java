package cn.baiyun.hte.platform.events;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A deletion and its event, recorded before the document is deleted: the deleted document can no longer
 * carry its event. Removed once the event is delivered; one left behind by a crash is finished by the
 * {@link OutboxSweeper}, which can tell from the target whether the deletion happened.
 */
@Document("outbox")
record PendingDeletion(@Id String eventId, String collection, String documentId, String versionField, Long version,
                       DomainEvent event, Instant createdAt) {

    /** @param version the version to delete, or {@code null} for a document that has none (e.g. a GridFS file) */
    static PendingDeletion of(MongoPersistentEntity<?> meta, String documentId, Long version, DomainEvent event) {
        String versionField = version == null ? null : meta.getRequiredVersionProperty().getFieldName();
        return new PendingDeletion(event.header().eventId(), meta.getCollection(), documentId, versionField, version,
                event, event.header().occurredAt());
    }

    /** The document to delete, in the version the deletion was asked for. */
    Query target() {
        Criteria target = Criteria.where("_id").is(documentId);
        return Query.query(version == null ? target : target.and(versionField).is(version));
    }
}
