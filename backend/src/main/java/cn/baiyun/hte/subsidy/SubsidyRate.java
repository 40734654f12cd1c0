package cn.baiyun.hte.subsidy;

import java.math.BigDecimal;
import java.time.Instant;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One row of the subsidy schedule: what the district pays each firm for an event in a year, and at most in
 * total. One row per year and event.
 *
 * @param amount         yuan per firm
 * @param cap            yuan at most for all firms of the event in the year; null for no cap
 * @param sourceDocument the policy document that sets it, e.g. 白云区科技创新后补助实施细则（2026 年修订）
 */
@Document(SubsidyRate.COLLECTION)
@WithOutbox
@CompoundIndex(name = "one_per_year_and_event", def = "{'year': 1, 'event': 1}", unique = true)
public record SubsidyRate(@Id String id, int year, SubsidyEvent event, BigDecimal amount, BigDecimal cap,
                          String sourceDocument, Instant updatedAt, @Version Long version) {

    static final String COLLECTION = "subsidyRates";

    static SubsidyRate added(RateDetails d, Instant now) {
        return new SubsidyRate(null, d.year(), d.event(), d.amount(), d.cap(), d.sourceDocument(), now, null);
    }

    SubsidyRate with(RateDetails d, Instant now) {
        return new SubsidyRate(id, d.year(), d.event(), d.amount(), d.cap(), d.sourceDocument(), now, version);
    }

    RateDetails details() {
        return new RateDetails(year, event, amount, cap, sourceDocument);
    }
}
