package cn.baiyun.hte.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The programme's three targets for one year, as the bureau set them (reviewers edit them; each change is
 * audited through {@link TargetsChanged}). A year without its own targets keeps those of the latest year
 * before it ({@link TargetService#effective}).
 *
 * @param hteFirms          firms holding a valid HTE certificate
 * @param aboveSizeHteFirms of them, above designated size (规上)
 * @param specialisedShare  the share of valid 专精特新 firms that are HTEs, as a fraction (0.10 for 10%)
 */
@Document("dashboardTargets")
@WithOutbox
public record YearTargets(@Id String id, @Indexed(unique = true) int year, int hteFirms, int aboveSizeHteFirms,
                          BigDecimal specialisedShare, Instant updatedAt, @Version Long version) {

    YearTargets with(TargetValues values, Instant now) {
        return new YearTargets(id, year, values.hteFirms(), values.aboveSizeHteFirms(), values.specialisedShare(),
                now, version);
    }

    TargetValues values() {
        return new TargetValues(hteFirms, aboveSizeHteFirms, specialisedShare);
    }
}
