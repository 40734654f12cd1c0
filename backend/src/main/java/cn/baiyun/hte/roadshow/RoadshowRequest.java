package cn.baiyun.hte.roadshow;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import cn.baiyun.hte.platform.time.ClockConfiguration;

/**
 * An event as an API client sends it: like {@link RoadshowForm}, with times that carry their offset (any
 * offset; the event is shown in Asia/Shanghai), as the contract's {@code date-time} says.
 */
public record RoadshowRequest(EventKind kind, String titleZh, String titleEn, String descriptionZh,
                              String descriptionEn, List<String> themes, List<String> technicalFields,
                              OffsetDateTime startsAt, OffsetDateTime endsAt, String venue, String onlineLink,
                              Integer capacity, OffsetDateTime registrationOpensAt,
                              OffsetDateTime registrationClosesAt, Boolean approvalRequired, Integer attendeesPerFirm,
                              List<String> investorsExpected) {

    RoadshowForm form() {
        return new RoadshowForm(kind, titleZh, titleEn, descriptionZh, descriptionEn, themes, technicalFields,
                local(startsAt), local(endsAt), venue, onlineLink, capacity, local(registrationOpensAt),
                local(registrationClosesAt), approvalRequired, attendeesPerFirm, investorsExpected);
    }

    private static LocalDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ClockConfiguration.ZONE).toLocalDateTime();
    }
}
