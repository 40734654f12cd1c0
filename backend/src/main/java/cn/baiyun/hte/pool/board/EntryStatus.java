package cn.baiyun.hte.pool.board;

import java.time.Instant;

import org.springframework.data.mongodb.core.aggregation.ComparisonOperators;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Where a firm's entry stands between the run and the firm's acknowledgement, derived from the stored
 * fields (never stored itself, so a run, a decision or a publication cannot leave it stale).
 * <ul>
 *   <li>{@link #INSUFFICIENT_DATA}: the firm lacks data and nothing was published;</li>
 *   <li>{@link #PROPOSED}: assessed, no decision, nothing published;</li>
 *   <li>{@link #DECIDED}: the bureau decided and the firm does not see that decision yet: never published,
 *       or decided again after the last publication (the firm still reads the earlier one);</li>
 *   <li>{@link #PUBLISHED}: the firm sees the current decision (or what it is missing) and has not acknowledged it;</li>
 *   <li>{@link #ACKNOWLEDGED}: as published, and the firm acknowledged it.</li>
 * </ul>
 * A later run that only changes the proposal does not change a published entry's status: what the firm
 * reads is the bureau's published decision, not the proposal.
 */
public enum EntryStatus {
    INSUFFICIENT_DATA, PROPOSED, DECIDED, PUBLISHED, ACKNOWLEDGED;

    public static EntryStatus of(PoolEntry entry) {
        if (entry.publication() != null && !decidedSincePublication(entry)) {
            return entry.acknowledgedAt() == null ? PUBLISHED : ACKNOWLEDGED;
        }
        if (entry.decision() != null) {
            return DECIDED;
        }
        return entry.outcome() == PoolEntry.Outcome.INSUFFICIENT_DATA ? INSUFFICIENT_DATA : PROPOSED;
    }

    /** The same rule as {@link #of} as a query on the stored fields. */
    Criteria criteria() {
        return switch (this) {
            case INSUFFICIENT_DATA -> Criteria.where("outcome").is(PoolEntry.Outcome.INSUFFICIENT_DATA)
                    .and("publication").is(null);
            case PROPOSED -> Criteria.where("outcome").is(PoolEntry.Outcome.ASSESSED)
                    .and("decision").is(null).and("publication").is(null);
            case DECIDED -> Criteria.where("decision").ne(null).orOperator(Criteria.where("publication").is(null),
                    Criteria.expr(decidedAfterPublishing()));
            case PUBLISHED -> publishedAndCurrent().and("acknowledgedAt").is(null);
            case ACKNOWLEDGED -> publishedAndCurrent().and("acknowledgedAt").ne(null);
        };
    }

    private static Criteria publishedAndCurrent() {
        return Criteria.where("publication").ne(null).orOperator(Criteria.where("decision").is(null),
                Criteria.expr(ComparisonOperators.Lte.valueOf("decision.decidedAt")
                        .lessThanEqualTo("publication.publishedAt")));
    }

    private static ComparisonOperators.Gt decidedAfterPublishing() {
        return ComparisonOperators.Gt.valueOf("decision.decidedAt").greaterThan("publication.publishedAt");
    }

    private static boolean decidedSincePublication(PoolEntry entry) {
        Instant decided = entry.decision() == null ? null : entry.decision().decidedAt();
        return decided != null && decided.isAfter(entry.publication().publishedAt());
    }
}
