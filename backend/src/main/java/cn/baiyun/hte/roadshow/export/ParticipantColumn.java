package cn.baiyun.hte.roadshow.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

import cn.baiyun.hte.platform.time.ShanghaiTime;
import org.springframework.context.MessageSource;

/** The participants files' columns, in order, with how each is written (XLSX and CSV alike). */
enum ParticipantColumn {
    FIRM("firm", Kind.TEXT, ParticipantRow::firmName),
    USCC("uscc", Kind.TEXT, ParticipantRow::uscc),
    TECHNICAL_FIELD("technicalField", Kind.TEXT, ParticipantRow::technicalField),
    TIER("tier", Kind.TEXT, ParticipantRow::tier),
    STATUS("status", Kind.TEXT, ParticipantRow::status),
    WAITLIST("waitlist", Kind.INTEGER, ParticipantRow::waitlistPosition),
    PROJECT("project", Kind.TEXT, ParticipantRow::projectName),
    FINANCING("financing", Kind.MONEY, ParticipantRow::financingSought),
    STAGE("stage", Kind.TEXT, ParticipantRow::stage),
    USE_OF_FUNDS("useOfFunds", Kind.TEXT, ParticipantRow::useOfFunds),
    ATTENDEES("attendees", Kind.TEXT, ParticipantRow::attendees),
    CONSENT("consent", Kind.TEXT, ParticipantRow::consent),
    REGISTERED("registeredAt", Kind.TIME, ParticipantRow::registeredAt),
    CHECKED_IN("checkedInAt", Kind.TIME, ParticipantRow::checkedInAt);

    enum Kind { TEXT, INTEGER, MONEY, TIME }

    private static final ShanghaiTime TIME = new ShanghaiTime();

    final Kind kind;
    private final String key;
    private final Function<ParticipantRow, Object> value;

    ParticipantColumn(String key, Kind kind, Function<ParticipantRow, Object> value) {
        this.key = key;
        this.kind = kind;
        this.value = value;
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
