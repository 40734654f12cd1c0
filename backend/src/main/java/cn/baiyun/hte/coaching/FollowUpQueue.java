package cn.baiyun.hte.coaching;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Follow-ups of every firm in due-date order, for the reviewers' work list. Follow-ups live inside
 * their visits, so a page is one aggregation: visits with a matching follow-up (found through the
 * {@code follow_ups_due} index), one row per follow-up, then a keyset range on (due date, visit id,
 * follow-up id), which stays stable while visits are logged and follow-ups closed.
 */
@Component
class FollowUpQueue {

    private static final String DUE = "followUps.dueDate";
    /** The mapping stores a property called {@code id} as {@code _id}, an ObjectId, in embedded documents too. */
    private static final String FOLLOW_UP_ID = "followUps._id";

    private final ReactiveMongoTemplate mongo;

    FollowUpQueue(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The page's cursor must be valid ({@link Cursor#valid}). */
    Mono<PageOf<FollowUpEntry>> page(FollowUpSearch search, PageRequest page) {
        Object dueBefore = search.dueBefore() == null ? null : stored(search.dueBefore());
        String status = search.status() == null ? null : search.status().name();
        List<AggregationOperation> steps = new ArrayList<>();
        if (status != null || dueBefore != null) {
            steps.add(Aggregation.match(Criteria.where("followUps").elemMatch(element(status, dueBefore, ""))));
        }
        steps.add(Aggregation.unwind("followUps"));
        List<Criteria> rows = new ArrayList<>();
        if (status != null || dueBefore != null) {
            rows.add(element(status, dueBefore, "followUps."));
        }
        if (page.cursor() != null) {
            rows.add(after(Cursor.parse(page.cursor())));
        }
        if (!rows.isEmpty()) {
            steps.add(Aggregation.match(new Criteria().andOperator(rows)));
        }
        steps.add(Aggregation.sort(Sort.by(DUE, "_id", FOLLOW_UP_ID)));
        steps.add(Aggregation.limit(page.limit() + 1L));
        steps.add(Aggregation.project("enterpriseId", "visitDate", "followUps"));
        return mongo.aggregate(Aggregation.newAggregation(steps), CoachingVisit.COLLECTION, Row.class)
                .map(Row::entry)
                .collectList()
                .map(found -> PageOf.ofFetched(found, page, Cursor::of));
    }

    /** How many open follow-ups were due before {@code day}: the overdue ones on that day. */
    Mono<Long> openDueBefore(LocalDate day) {
        Criteria open = element(FollowUpStatus.OPEN.name(), stored(day), "");
        return mongo.aggregate(Aggregation.newAggregation(
                        Aggregation.match(Criteria.where("followUps").elemMatch(open)),
                        Aggregation.unwind("followUps"),
                        Aggregation.match(element(FollowUpStatus.OPEN.name(), stored(day), "followUps.")),
                        Aggregation.count().as("count")), CoachingVisit.COLLECTION, Document.class)
                .next()
                .map(counted -> ((Number) counted.get("count")).longValue())
                .defaultIfEmpty(0L);
    }

    /** The filters on one follow-up, whose fields start with {@code prefix}. */
    private static Criteria element(String status, Object dueBefore, String prefix) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria = criteria.and(prefix + "status").is(status);
        }
        return dueBefore == null ? criteria : criteria.and(prefix + "dueDate").lt(dueBefore);
    }

    private Criteria after(Cursor cursor) {
        Object due = stored(cursor.dueDate());
        ObjectId visit = new ObjectId(cursor.visitId());
        return new Criteria().orOperator(
                Criteria.where(DUE).gt(due),
                Criteria.where(DUE).is(due).and("_id").gt(visit),
                Criteria.where(DUE).is(due).and("_id").is(visit).and(FOLLOW_UP_ID).gt(new ObjectId(cursor.followUpId())));
    }

    /** A day as the mapping stores it, for criteria that bypass the mapping. */
    private Object stored(LocalDate day) {
        return mongo.getConverter().convertToMongoType(day);
    }

    /** One unwound visit: its follow-up is a single document here. */
    record Row(@Id String id, String enterpriseId, LocalDate visitDate, FollowUp followUps) {

        FollowUpEntry entry() {
            return new FollowUpEntry(enterpriseId, id, visitDate, followUps);
        }
    }

    /** The position after a row: its due date, visit id and follow-up id. */
    record Cursor(LocalDate dueDate, String visitId, String followUpId) {

        private static final String SEPARATOR = "_";

        static String of(FollowUpEntry entry) {
            return entry.followUp().dueDate() + SEPARATOR + entry.visitId() + SEPARATOR + entry.followUp().id();
        }

        static boolean valid(String cursor) {
            String[] parts = cursor.split(SEPARATOR, -1);
            if (parts.length != 3 || !ObjectId.isValid(parts[1]) || !ObjectId.isValid(parts[2])) {
                return false;
            }
            try {
                LocalDate.parse(parts[0]);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        static Cursor parse(String cursor) {
            String[] parts = cursor.split(SEPARATOR, -1);
            return new Cursor(LocalDate.parse(parts[0]), parts[1], parts[2]);
        }
    }
}
