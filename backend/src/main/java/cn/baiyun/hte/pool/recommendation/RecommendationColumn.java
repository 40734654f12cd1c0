package cn.baiyun.hte.pool.recommendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;

/**
 * The columns of the exported list, in the province's order, each with the kind of value it holds so
 * that every export writes a value the same way: ratios as 4-decimal fractions, money exact in yuan.
 */
enum RecommendationColumn {

    FIRM(Kind.TEXT, RecommendationRow::firmName),
    USCC(Kind.TEXT, RecommendationRow::uscc),
    TECHNICAL_FIELD(Kind.TEXT, RecommendationRow::technicalFieldText),
    LAST_YEAR_SALES(Kind.MONEY, RecommendationRow::lastYearSalesCny),
    RD_INTENSITY(Kind.RATIO, RecommendationRow::rdIntensity),
    ST_STAFF_RATIO(Kind.RATIO, RecommendationRow::stStaffRatio),
    HIGHTECH_REVENUE_SHARE(Kind.RATIO, RecommendationRow::hightechRevenueShare),
    PROJECTED_SCORE(Kind.INTEGER, RecommendationRow::projectedScore),
    CONTACT_NAME(Kind.TEXT, RecommendationRow::contactName),
    CONTACT_PHONE(Kind.TEXT, RecommendationRow::contactPhone),
    RECOMMENDED_ON(Kind.DATE, RecommendationRow::recommendedOn);

    enum Kind { TEXT, MONEY, RATIO, INTEGER, DATE }

    /** Ratios are the engine's values rounded half-up to 4 decimals, always written with all 4. */
    static final int RATIO_SCALE = 4;

    final Kind kind;
    private final Function<RecommendationRow, Object> value;

    RecommendationColumn(Kind kind, Function<RecommendationRow, Object> value) {
        this.kind = kind;
        this.value = value;
    }

    /** The row's value, null when it has none. */
    Object valueOf(RecommendationRow row) {
        return value.apply(row);
    }

    String header(MessageSource messages, Locale locale) {
        return messages.getMessage("recommendation.column." + name(), null, locale);
    }

    /** The value as plain text: numbers without grouping or exponent, dates ISO, nothing for null. */
    String text(RecommendationRow row) {
        Object v = valueOf(row);
        if (v == null) {
            return "";
        }
        return switch (kind) {
            case MONEY -> ((BigDecimal) v).toPlainString();
            case RATIO -> ((BigDecimal) v).setScale(RATIO_SCALE, RoundingMode.UNNECESSARY).toPlainString();
            case DATE -> ((LocalDate) v).toString();
            case TEXT, INTEGER -> v.toString();
        };
    }
}
