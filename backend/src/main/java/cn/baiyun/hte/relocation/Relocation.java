package cn.baiyun.hte.relocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A firm's move into the district with its support package and milestones, one per firm, versioned as a whole.
 *
 * @param firmName the firm's name when recorded, for the list (the firm's own page has the current one)
 * @param origin   where it came from, e.g. 深圳市南山区
 */
@Document(Relocation.COLLECTION)
@WithOutbox
@CompoundIndex(name = "one_per_firm", def = "{'enterpriseId': 1}", unique = true)
@CompoundIndex(name = "by_arrival", def = "{'arrivalDate': 1, '_id': 1}")
public record Relocation(@Id String id, String enterpriseId, String firmName, String origin, LocalDate arrivalDate,
                         HteStatusAtArrival hteAtArrival, SupportPackage support, List<Milestone> milestones,
                         Instant createdAt, Instant updatedAt, @Version Long version) {

    static final String COLLECTION = "relocations";

    public Relocation {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    static Relocation recorded(String enterpriseId, String firmName, RelocationDetails d, Instant now) {
        return new Relocation(null, enterpriseId, firmName, d.origin(), d.arrivalDate(), d.hteAtArrival(),
                d.support(), d.milestones(), now, now, null);
    }

    Relocation with(RelocationDetails d, Instant now) {
        return new Relocation(id, enterpriseId, firmName, d.origin(), d.arrivalDate(), d.hteAtArrival(), d.support(),
                d.milestones(), createdAt, now, version);
    }

    RelocationDetails details() {
        return new RelocationDetails(origin, arrivalDate, hteAtArrival, support, milestones);
    }

    /** How many of its milestones are overdue on {@code today}. */
    public long overdueOn(LocalDate today) {
        return milestones.stream().filter(m -> m.overdueOn(today)).count();
    }
}
