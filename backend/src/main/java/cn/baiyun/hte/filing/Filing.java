package cn.baiyun.hte.filing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * @param revised        the returned sections the firm has saved since the return: these count as done again,
 *                       the others still wait for the firm's correction
 * @param reference      the submission's reference number ({@link FilingReferences}), given at the first
 *                       submission and kept for good: resubmissions and amendments quote the same one
 */
@Document("filings")
@WithOutbox
@CompoundIndex(name = "by_firm_and_year", def = "{'enterpriseId': 1, 'fiscalYear': 1}", unique = true)
@CompoundIndex(name = "by_year_and_status", def = "{'fiscalYear': 1, 'status': 1, '_id': 1}")
@CompoundIndex(name = "by_status", def = "{'status': 1, '_id': 1}")
public record Filing(@Id String id, String enterpriseId, int fiscalYear, FilingStatus status, FilingContent content,
                     Map<FilingSection, String> returnComments, Set<FilingSection> revised, int revision,
                     List<FilingRevision> previousRevisions, String reference, Instant submittedAt,
                     Instant acceptedAt, Instant createdAt, Instant updatedAt, @Version Long version) {

    public Filing {
        returnComments = returnComments == null || returnComments.isEmpty() ? Map.of()
                : new EnumMap<>(returnComments);
        revised = revised == null || revised.isEmpty() ? Set.of() : EnumSet.copyOf(revised);
        previousRevisions = previousRevisions == null ? List.of() : List.copyOf(previousRevisions);
    }

    static Filing draft(String enterpriseId, int fiscalYear, Instant now) {
        return new Filing(null, enterpriseId, fiscalYear, FilingStatus.DRAFT, FilingContent.empty(), Map.of(),
                Set.of(), 1, List.of(), null, null, null, now, now, null);
    }

    /** Whether the firm may change this section now. */
    public boolean editable(FilingSection section) {
        return status == FilingStatus.DRAFT || (status == FilingStatus.RETURNED && returnComments.containsKey(section));
    }

    /** Whether the section was returned and still waits for the firm to correct and save it. */
    public boolean awaitingCorrection(FilingSection section) {
        return status == FilingStatus.RETURNED && returnComments.containsKey(section) && !revised.contains(section);
    }

    /** Whether the firm may submit it now, as far as its status goes (its content is checked apart). */
    public boolean submittable() {
        return status == FilingStatus.DRAFT || status == FilingStatus.RETURNED;
    }

    Filing withSection(FilingSection section, Object value, Instant now) {
        Set<FilingSection> nowRevised = revised;
        if (status == FilingStatus.RETURNED) {
            nowRevised = EnumSet.of(section);
            nowRevised.addAll(revised);
        }
        return new Filing(id, enterpriseId, fiscalYear, status, content.with(section, value), returnComments,
                nowRevised, revision, previousRevisions, reference, submittedAt, acceptedAt, createdAt, now, version);
    }

    /** Submitted with the reference number it keeps from its first submission, or the one just given. */
    Filing submitted(String givenReference, Instant now) {
        return new Filing(id, enterpriseId, fiscalYear, FilingStatus.SUBMITTED, content, returnComments, Set.of(),
                revision, previousRevisions, reference != null ? reference : givenReference, now, acceptedAt,
                createdAt, now, version);
    }

    Filing returned(Map<FilingSection, String> comments, Instant now) {
        return new Filing(id, enterpriseId, fiscalYear, FilingStatus.RETURNED, content, comments, Set.of(), revision,
                previousRevisions, reference, submittedAt, acceptedAt, createdAt, now, version);
    }

    Filing accepted(Instant now) {
        return new Filing(id, enterpriseId, fiscalYear, FilingStatus.ACCEPTED, content, Map.of(), Set.of(), revision,
                previousRevisions, reference, submittedAt, now, createdAt, now, version);
    }

    /** A new draft revision starting from the accepted content, which stays readable in the history. */
    Filing amended(Instant now) {
        List<FilingRevision> history = new ArrayList<>(previousRevisions);
        history.add(new FilingRevision(revision, content, acceptedAt));
        return new Filing(id, enterpriseId, fiscalYear, FilingStatus.DRAFT, content, Map.of(), Set.of(), revision + 1,
                history, reference, null, null, createdAt, now, version);
    }
}
