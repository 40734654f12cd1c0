package cn.baiyun.hte.pool.board;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Where a firm stands on the pipeline's tech-based SME step, from the run's {@link PoolEntry.TechSme}: the board's
 * filter, so that the reviewer lists the tier-3 firms to tell to register. The four values part every entry:
 * <ul>
 *   <li>{@link #TO_REGISTER}: its figures pass the evaluation and it is not in the register;</li>
 *   <li>{@link #REGISTERED}: in the register, whatever the evaluation says;</li>
 *   <li>{@link #NOT_QUALIFYING}: its figures do not pass, and it is not in the register;</li>
 *   <li>{@link #NOT_EVALUATED}: the run lacked the last fiscal year's figures.</li>
 * </ul>
 */
public enum TechSmeStanding {
    TO_REGISTER, REGISTERED, NOT_QUALIFYING, NOT_EVALUATED;

    public static TechSmeStanding of(PoolEntry entry) {
        PoolEntry.TechSme techSme = entry.techSme();
        if (techSme == null) {
            return NOT_EVALUATED;
        }
        if (techSme.registered()) {
            return REGISTERED;
        }
        return techSme.qualifies() ? TO_REGISTER : NOT_QUALIFYING;
    }

    /** The same rule as {@link #of} as a query on the stored fields; entries stored before {@code registered} count as not. */
    Criteria criteria() {
        return switch (this) {
            case TO_REGISTER -> Criteria.where("techSme.qualifies").is(true).and("techSme.registered").ne(true);
            case REGISTERED -> Criteria.where("techSme.registered").is(true);
            case NOT_QUALIFYING -> Criteria.where("techSme.qualifies").is(false).and("techSme.registered").ne(true);
            case NOT_EVALUATED -> Criteria.where("techSme").is(null);
        };
    }
}
