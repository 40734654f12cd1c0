package cn.baiyun.hte.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One face-to-face visit to a firm with its follow-ups, versioned as a whole: closing a follow-up and
 * editing the visit never overwrite each other unnoticed. The API shows it as stored, so it holds
 * nothing a firm may not read (no user ids: the audit trail says who logged and changed it).
 */
@Document(CoachingVisit.COLLECTION)
@WithOutbox
@CompoundIndex(name = "firm_by_date", def = "{'enterpriseId': 1, 'visitDate': -1, '_id': -1}")
@CompoundIndex(name = "firm_in_order", def = "{'enterpriseId': 1, '_id': 1}")
@CompoundIndex(name = "firm_follow_ups", def = "{'enterpriseId': 1, 'followUps.status': 1}")
@CompoundIndex(name = "follow_ups_due", def = "{'followUps.status': 1, 'followUps.dueDate': 1, '_id': 1}")
public record CoachingVisit(@Id String id, String enterpriseId, LocalDate visitDate, List<String> bureauAttendees,
                            List<String> firmAttendees, List<CoachingTopic> topics, String summary,
                            List<FollowUp> followUps, Instant createdAt, Instant updatedAt, @Version Long version) {

    static final String COLLECTION = "coachingVisits";

    static CoachingVisit logged(String enterpriseId, VisitDetails details, Instant now) {
        return new CoachingVisit(null, enterpriseId, details.visitDate(), details.bureauAttendees(),
                details.firmAttendees(), details.topics(), details.summary(), details.followUps(), now, now, null);
    }

    CoachingVisit withDetails(VisitDetails details, Instant now) {
        return new CoachingVisit(id, enterpriseId, details.visitDate(), details.bureauAttendees(),
                details.firmAttendees(), details.topics(), details.summary(), details.followUps(), createdAt, now,
                version);
    }

    CoachingVisit withFollowUp(FollowUp changed, Instant now) {
        List<FollowUp> all = followUps.stream().map(f -> f.id().equals(changed.id()) ? changed : f).toList();
        return new CoachingVisit(id, enterpriseId, visitDate, bureauAttendees, firmAttendees, topics, summary, all,
                createdAt, now, version);
    }

    Optional<FollowUp> followUp(String followUpId) {
        return followUps.stream().filter(f -> f.id().equals(followUpId)).findFirst();
    }

    /** Still to come on {@code today}: the bureau has planned it (see {@link VisitRules}). */
    public boolean plannedOn(LocalDate today) {
        return visitDate.isAfter(today);
    }

    /**
     * Its day has come but what happened is not recorded yet: a plan is edited into the record once the
     * visit took place, and only a record has a summary.
     */
    public boolean unrecordedOn(LocalDate today) {
        return !plannedOn(today) && (summary == null || summary.isEmpty());
    }

    /** Planned, or due today and not yet recorded: what a firm sees coming on its home page. */
    public boolean upcomingOn(LocalDate today) {
        return plannedOn(today) || visitDate.equals(today) && unrecordedOn(today);
    }

    VisitDetails details() {
        return new VisitDetails(visitDate, bureauAttendees, firmAttendees, topics, summary, followUps);
    }
}
