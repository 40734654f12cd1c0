package cn.baiyun.hte.pool.board;

/**
 * The board's filters as the reader gave them, as text: {@link PoolCriteria} checks each one so that a
 * bad value is a problem in its own field rather than an unreadable request. Blank means "any".
 *
 * @param proposedTier   the engine's proposal ({@code TIER_1} … {@code NOT_IN_POOL})
 * @param decidedTier    the bureau's decided tier
 * @param technicalField a field code a firm can have (second or third level), matched exactly, not as a prefix
 * @param status         an {@link EntryStatus}
 * @param department     the partner department that referred the firm, by its exact name
 * @param outcome        {@code ASSESSED} or {@code INSUFFICIENT_DATA}, whatever was published
 * @param techSme        a {@link TechSmeStanding}: with tier 3, the firms to tell to register as tech-based SMEs
 */
public record PoolFilter(String proposedTier, String decidedTier, String technicalField, String status,
                         String department, String outcome, String techSme) {

    static final int MAX_DEPARTMENT = 100;

    public static PoolFilter none() {
        return new PoolFilter(null, null, null, null, null, null, null);
    }
}
