package cn.baiyun.hte.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.enterprise.SpecializedCertificate;
import cn.baiyun.hte.enterprise.TechSmeRegistration;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.support.TestFirms;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Firms and pool entries for the dashboard's tests, stored directly (as the benchmark's generator does) with
 * dates in years no other test uses, so that the counts on the fixture's day are the fixture's alone.
 */
final class DashboardFixture {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ReactiveMongoTemplate mongo;
    private final List<Enterprise> firms = new ArrayList<>();

    DashboardFixture(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A verified firm to be stored by {@link #store()}; returns its id. */
    String firm(String name, String field, LocalDate hteIssued, Boolean aboveSize, LocalDate specialisedFrom,
                LocalDate specialisedTo, Integer techSmeYear, LifecycleStage stage) {
        Instant now = Instant.now();
        EnterpriseProfile profile = new EnterpriseProfile(name, LocalDate.of(2015, 3, 1), null, "白云区", field,
                true, true, aboveSize,
                specialisedFrom == null ? null : new SpecializedCertificate(SpecializedCertificate.Level.PROVINCIAL,
                        "贵州省工业和信息化厅", specialisedFrom, specialisedTo),
                hteIssued == null ? null : new HteCertificate("GR" + hteIssued.getYear() + name.hashCode(), hteIssued),
                techSmeYear == null ? null : new TechSmeRegistration("TS" + techSmeYear + name.hashCode(), techSmeYear),
                stage, List.of());
        Enterprise firm = new Enterprise(new ObjectId().toHexString(), TestFirms.newUscc(), profile,
                name.toLowerCase(), now, now, now, null);
        firms.add(firm);
        return firm.id();
    }

    void store() {
        mongo.insertAll(firms).then().block(TIMEOUT);
        firms.clear();
    }

    /** An assessed entry of {@code year}'s pool: the proposal, and the bureau's decision when {@code decided}. */
    void entry(int year, String enterpriseId, String name, String field, TierResult proposed, TierResult decided) {
        Instant now = Instant.now();
        mongo.insert(new PoolEntry(null, year, enterpriseId, name, field, PoolEntry.Outcome.ASSESSED, proposed,
                List.of(), List.of(), "test", "digest-" + enterpriseId, null, now,
                decided == null ? null : new PoolEntry.Decision(decided, null, now), null, null, null, null)).block(TIMEOUT);
    }
}
