package cn.baiyun.hte.roadshow.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import cn.baiyun.hte.platform.time.ShanghaiTime;
import cn.baiyun.hte.platform.web.StreamingWorkbook;
import cn.baiyun.hte.platform.web.StreamingWorkbook.CellKind;
import org.springframework.context.MessageSource;

/** The participants files' columns, in order, with how each is written (XLSX and CSV alike). */
enum ParticipantColumn {
    FIRM("firm", CellKind.TEXT, ParticipantRow::firmName),
    USCC("uscc", CellKind.TEXT, ParticipantRow::uscc),
    TECHNICAL_FIELD("technicalField", CellKind.TEXT, ParticipantRow::technicalField),
    TIER("tier", CellKind.TEXT, ParticipantRow::tier),
    STATUS("status", CellKind.TEXT, ParticipantRow::status),
    WAITLIST("waitlist", CellKind.INTEGER, ParticipantRow::waitlistPosition),
    PROJECT("project", CellKind.TEXT, ParticipantRow::projectName),
    FINANCING("financing", CellKind.MONEY, ParticipantRow::financingSought),
    STAGE("stage", CellKind.TEXT, ParticipantRow::stage),
    USE_OF_FUNDS("useOfFunds", CellKind.TEXT, ParticipantRow::useOfFunds),
    ATTENDEES("attendees", CellKind.TEXT, ParticipantRow::attendees),
    CONSENT("consent", CellKind.TEXT, ParticipantRow::consent),
    REGISTERED("registeredAt", CellKind.TIME, ParticipantRow::registeredAt),
    CHECKED_IN("checkedInAt", CellKind.TIME, ParticipantRow::checkedInAt);

    private static final ShanghaiTime TIME = new ShanghaiTime();

    final CellKind kind;
    private final String key;
    private final Function<ParticipantRow, Object> value;

    ParticipantColumn(String key, CellKind kind, Function<ParticipantRow, Object> value) {
        this.key = key;
        this.kind = kind;
        this.value = value;
    }

    /** Every column as the workbook writes it, headed in the reader's language. */
    static List<StreamingWorkbook.Column<ParticipantRow>> sheet(MessageSource messages, Locale locale) {
        return Arrays.stream(values())
                .map(column -> new StreamingWorkbook.Column<>(column.header(messages, locale), column.kind, column.value))
                .toList();
    }

    String header(MessageSource messages, Locale locale) {
        return messages.getMessage("roadshow.export.column." + key, null, locale);
    }

    Object valueOf(ParticipantRow row) {
        return value.apply(row);
    }

    /** As CSV writes it: amounts in plain digits, times as the bureau reads them (Asia/Shanghai). */
    String text(ParticipantRow row) {
        Object cell = valueOf(row);
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return cell instanceof Instant instant ? TIME.format(instant) : cell.toString();
    }
}
