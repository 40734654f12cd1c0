package cn.baiyun.hte.filing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One firm's filing for one fiscal year. Every change is one update of this document, guarded by its
 * version, so that no change needs a transaction: the content, the reviewer's comments on returned
 * sections and the accepted revisions that amendments replaced all live here, and so do the events of a
 * change until they are delivered (written through {@code platform.events.Outbox}).
 *
 * @param revision       1 for the first filing, one more for each amendment
 * @param returnComments the reviewer's comment per returned section; only these are editable while RETURNED
 */
@Document("filings")
@WithOutbox
@CompoundIndex(name = "by_firm_and_year", def = "{'enterpriseId': 1, 'fiscalYear': 1}", unique = true)
@CompoundIndex(name = "by_year_and_status", def = "{'fiscalYear': 1, 'status': 1, '_id': 1}")
@CompoundIndex(name = "by_status", def = "{'status': 1, '_id': 1}")
public record Filing(@Id String id, String enterpriseId, int fiscalYear, FilingStatus status, FilingContent content,
                     Map<FilingSection, String> returnComments, int revision, List<FilingRevision> previousRevisions,
                     Instant submittedAt, Instant acceptedAt, Instant createdAt, Instant updatedAt,
                     @Version Long version) {

    public Filing {
        returnComments = returnComments == null || returnComments.isEmpty() ? Map.of()
                : new EnumMap<>(returnComments);
        previousRevisions = previousRevisions == null ? List.of() : List.copyOf(previousRevisions);
    }

    static Filing draft(String enterpriseId, int fiscalYear, Instant now) {
        return new Filing(null, enterpriseId, fiscalYear, FilingStatus.DRAFT, FilingContent.empty(), Map.of(), 1,
                List.of(), null, null, now, now, null);
    }

    /** Whether the firm may change this section now. */
    public boolean editable(FilingSection section) {
        return status == FilingStatus.DRAFT || (status == FilingStatus.RETURNED && returnComments.containsKey(section));
    }

    Filing withSection(FilingSection section, Object value, Instant now) {
        return new Filing(id, enterpriseId, fiscalYear, status, content.with(section, value), returnComments, revision,
                previousRevisions, submittedAt, acceptedAt, createdAt, now, version);
    }

    Filing submitted(Instant now) {
        return new Filing(id, enterpriseId, fiscalYear, FilingStatus.SUBMITTED, content, returnComments, revision,
                previousRevisions, now, acceptedAt, createdAt, now, version);
    }

    Filing returned(Map<FilingSection, String> comments, Instant now) {
        return new Filing(id, enterpriseId, fiscalYear, FilingStatus.RETURNED, content, comments, revision,
                previousRevisions, submittedAt, acceptedAt, createdAt, now, version);
    }

    Filing accepted(Instant now) {
        return new Filing(id, enterpriseId, fiscalYear, FilingStatus.ACCEPTED, content, Map.of(), revision,
                previousRevisions, submittedAt, now, createdAt, now, version);
    }

    /** A new draft revision starting from the accepted content, which stays readable in the history. */
    Filing amended(Instant now) {
        List<FilingRevision> history = new ArrayList<>(previousRevisions);
        history.add(new FilingRevision(revision, content, acceptedAt));
        return new Filing(id, enterpriseId, fiscalYear, FilingStatus.DRAFT, content, Map.of(), revision + 1, history,
                null, null, createdAt, now, version);
    }
}
