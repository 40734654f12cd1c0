package cn.baiyun.hte.roadshow;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An event as organisers enter it, for creating and editing alike (the API's body and the page's form).
 * Times are wall-clock times in Asia/Shanghai. {@link RoadshowRules} checks it and says every problem at once.
 *
 * @param onlineLink an https link for an online event; an event has a venue, a link or both
 */
public record RoadshowForm(EventKind kind, String titleZh, String titleEn, String descriptionZh, String descriptionEn,
                           List<String> themes, List<String> technicalFields, LocalDateTime startsAt,
                           LocalDateTime endsAt, String venue, String onlineLink, Integer capacity,
                           LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt,
                           Boolean approvalRequired, Integer attendeesPerFirm, List<String> investorsExpected) {
}
