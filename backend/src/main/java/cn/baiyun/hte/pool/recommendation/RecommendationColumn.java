package cn.baiyun.hte.pool.recommendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import cn.baiyun.hte.platform.web.StreamingWorkbook;
import cn.baiyun.hte.platform.web.StreamingWorkbook.CellKind;
import org.springframework.context.MessageSource;

/**
 * The columns of the exported list, in the province's order, each with the kind of value it holds so
 * that every export writes a value the same way: ratios as 4-decimal fractions, money exact in yuan.
 */
enum RecommendationColumn {

    FIRM(CellKind.TEXT, RecommendationRow::firmName),
    USCC(CellKind.TEXT, RecommendationRow::uscc),
    TECHNICAL_FIELD(CellKind.TEXT, RecommendationRow::technicalFieldText),
    LAST_YEAR_SALES(CellKind.MONEY, RecommendationRow::lastYearSalesCny),
    RD_INTENSITY(CellKind.RATIO, RecommendationRow::rdIntensity),
    ST_STAFF_RATIO(CellKind.RATIO, RecommendationRow::stStaffRatio),
    HIGHTECH_REVENUE_SHARE(CellKind.RATIO, RecommendationRow::hightechRevenueShare),
    PROJECTED_SCORE(CellKind.INTEGER, RecommendationRow::projectedScore),
    CONTACT_NAME(CellKind.TEXT, RecommendationRow::contactName),
    CONTACT_PHONE(CellKind.TEXT, RecommendationRow::contactPhone),
    RECOMMENDED_ON(CellKind.DATE, RecommendationRow::recommendedOn);

    /** Ratios are the engine's values rounded half-up to 4 decimals, always written with all 4. */
    static final int RATIO_SCALE = 4;

    final CellKind kind;
    private final Function<RecommendationRow, Object> value;

    RecommendationColumn(CellKind kind, Function<RecommendationRow, Object> value) {
        this.kind = kind;
        this.value = value;
    }

    /** The row's value, null when it has none. */
    Object valueOf(RecommendationRow row) {
        return value.apply(row);
    }

    /** Every column as the workbook writes it, headed in the reader's language. */
    static List<StreamingWorkbook.Column<RecommendationRow>> sheet(MessageSource messages, Locale locale) {
        return Arrays.stream(values())
                .map(column -> new StreamingWorkbook.Column<>(column.header(messages, locale), column.kind, column.value))
                .toList();
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
            default -> v.toString();
        };
    }
}
