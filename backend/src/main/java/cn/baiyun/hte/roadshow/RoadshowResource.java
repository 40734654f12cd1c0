package cn.baiyun.hte.roadshow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import cn.baiyun.hte.platform.time.ClockConfiguration;

/**
 * An event as the API shows it. Times carry their offset (+08:00, Asia/Shanghai).
 *
 * @param version the event's version, also its ETag, for a later If-Match
 */
public record RoadshowResource(String id, EventKind kind, RoadshowStatus status, String titleZh, String titleEn,
                               String descriptionZh, String descriptionEn, List<String> themes,
                               List<String> technicalFields, OffsetDateTime startsAt, OffsetDateTime endsAt,
                               String venue, String onlineLink, int capacity, OffsetDateTime registrationOpensAt,
                               OffsetDateTime registrationClosesAt, boolean approvalRequired, int attendeesPerFirm,
                               List<String> investorsExpected, String cancelReason, Long version) {

    static RoadshowResource of(Roadshow r) {
        return new RoadshowResource(r.id(), r.kind(), r.status(), r.titleZh(), r.titleEn(), r.descriptionZh(),
                r.descriptionEn(), r.themes(), r.technicalFields(), time(r.startsAt()), time(r.endsAt()), r.venue(),
                r.onlineLink(), r.capacity(), time(r.registrationOpensAt()), time(r.registrationClosesAt()),
                r.approvalRequired(), r.attendeesPerFirm(), r.investorsExpected(), r.cancelReason(), r.version());
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(ClockConfiguration.ZONE).toOffsetDateTime();
    }
}
