package cn.baiyun.hte.roadshow;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.events.WithOutbox;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A financing roadshow or a training, as organisers describe it. The same document also holds the event's
 * seat ledger, read and written only as {@link SeatLedger}: this record does not declare those fields, so
 * nothing that writes the event's details can overwrite the ledger. Times are instants, entered and shown in
 * Asia/Shanghai.
 *
 * @param capacity            seats, in firms (not people)
 * @param attendeesPerFirm    how many people a firm may name
 * @param investorsExpected   the investing organisations expected, names only
 * @param noticeRound         how many times registered firms had to be told of a change (time, place,
 *                            cancellation); each registration records the round it was told of
 */
@Document(Roadshow.COLLECTION)
@WithOutbox
@CompoundIndex(name = "by_status_start", def = "{'status': 1, 'startsAt': 1, '_id': 1}")
public record Roadshow(@Id String id, EventKind kind, RoadshowStatus status, String titleZh, String titleEn,
                       String descriptionZh, String descriptionEn, List<String> themes, List<String> technicalFields,
                       Instant startsAt, Instant endsAt, String venue, String onlineLink, int capacity,
                       Instant registrationOpensAt, Instant registrationClosesAt, boolean approvalRequired,
                       int attendeesPerFirm, List<String> investorsExpected, String cancelReason, int noticeRound,
                       String createdBy, Instant createdAt, Instant updatedAt, @Version Long version) {

    public static final String COLLECTION = "roadshows";

    public Roadshow {
        themes = themes == null ? List.of() : List.copyOf(themes);
        technicalFields = technicalFields == null ? List.of() : List.copyOf(technicalFields);
        investorsExpected = investorsExpected == null ? List.of() : List.copyOf(investorsExpected);
    }

    /** The title in the reader's language; the Chinese one where there is no English. */
    public String title(Locale locale) {
        return english(locale) && titleEn != null ? titleEn : titleZh;
    }

    public String description(Locale locale) {
        return english(locale) && descriptionEn != null ? descriptionEn : descriptionZh;
    }

    public LocalDateTime startsAtLocal() {
        return local(startsAt);
    }

    public LocalDateTime endsAtLocal() {
        return local(endsAt);
    }

    public LocalDateTime registrationOpensAtLocal() {
        return local(registrationOpensAt);
    }

    public LocalDateTime registrationClosesAtLocal() {
        return local(registrationClosesAt);
    }

    /** Firms may sign up (and edit their registration) now. */
    public boolean registrationOpen(Instant now) {
        return status == RoadshowStatus.PUBLISHED && !now.isBefore(registrationOpensAt) && now.isBefore(registrationClosesAt);
    }

    /** Firms may still edit what they registered. */
    public boolean editable(Instant now) {
        return (status == RoadshowStatus.PUBLISHED || status == RoadshowStatus.CLOSED) && now.isBefore(registrationClosesAt);
    }

    public boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ClockConfiguration.ZONE);
    }
}
