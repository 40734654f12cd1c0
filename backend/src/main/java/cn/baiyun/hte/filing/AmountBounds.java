package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.util.Optional;

import cn.baiyun.hte.platform.error.FieldProblem;

/**
 * The bounds of an amount in yuan as the filing forms hold them: at most two decimals (fen), within ten
 * trillion yuan, and not below zero unless the figure may be (net assets). Public so that every page
 * that reads amounts a firm types (the self-check's what-if) bounds them the same way.
 */
public final class AmountBounds {

    public static final int MAX_DECIMALS = 2;
    /** Ten trillion yuan: far above any firm's figure, low enough to catch a slipped key. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");

    private AmountBounds() {
    }

    /** What is wrong with an amount that is never negative, as a problem of {@code field}; empty when nothing. */
    public static Optional<FieldProblem> amount(String field, BigDecimal value) {
        return signedAmount(field, value).or(() -> value != null && value.signum() < 0
                ? Optional.of(new FieldProblem(field, "filing.amount.negative")) : Optional.empty());
    }

    /** Like {@link #amount} but allowed below zero, as net assets are. */
    public static Optional<FieldProblem> signedAmount(String field, BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.of(new FieldProblem(field, "filing.amount.decimals", MAX_DECIMALS));
        }
        if (value.abs().compareTo(MAX_AMOUNT) > 0) {
            return Optional.of(new FieldProblem(field, "filing.amount.too-large"));
        }
        return Optional.empty();
    }
}
