package cn.baiyun.hte.pool.run;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingContent;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.filing.Financials;
import cn.baiyun.hte.filing.Incidents;
import cn.baiyun.hte.filing.RdSpend;
import cn.baiyun.hte.filing.SelfAssessment;
import cn.baiyun.hte.filing.Staff;
import cn.baiyun.hte.filing.portfolio.Achievement;
import cn.baiyun.hte.filing.portfolio.AchievementDetails;
import cn.baiyun.hte.filing.portfolio.Acquisition;
import cn.baiyun.hte.filing.portfolio.IpAsset;
import cn.baiyun.hte.filing.portfolio.IpAssetDetails;
import cn.baiyun.hte.filing.portfolio.IpStatus;
import cn.baiyun.hte.filing.portfolio.IpType;
import cn.baiyun.hte.filing.portfolio.Transformation;
import cn.baiyun.hte.filing.portfolio.TransformationForm;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Verified firms for load tests and the cycle benchmark, inserted straight into the database in bulk
 * (going through the services would take minutes for 100,000 firms). Firm {@code i} has profile
 * {@code i % 3}, so the expected outcome of every firm is known:
 * <ul>
 *   <li>{@link Profile#READY}: three accepted years that meet every condition, an invention patent and six
 *       achievements transformed each year (the same figures as AssessmentRunTest's ready firm): tier 1;</li>
 *   <li>{@link Profile#NO_IP}: the same filings but no IP and no achievements: assessed, not tier 1;</li>
 *   <li>{@link Profile#GAP}: the last fiscal year not filed: insufficient data.</li>
 * </ul>
 */
public final class GeneratedFirms {

    public enum Profile { READY, NO_IP, GAP }

    /** Firms inserted per bulk: one insert command per collection for each batch. */
    static final int BATCH = 1_000;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long[] SALES = {24_000_000, 30_000_000, 36_000_000};
    private static final long[] RD = {1_500_000, 1_800_000, 2_160_000};

    private GeneratedFirms() {
    }

    public static Profile profile(int index) {
        return Profile.values()[index % Profile.values().length];
    }

    /**
     * Inserts {@code count} verified firms numbered from 0, with their filings for the three fiscal years
     * before {@code cycleYear} and their portfolio; returns the firms' ids in the order of their numbers.
     */
    public static Flux<String> insert(ReactiveMongoTemplate mongo, int count, int cycleYear) {
        return Flux.range(0, count).buffer(BATCH)
                .concatMap(numbers -> insertBatch(mongo, numbers, cycleYear), 1);
    }

    private static Flux<String> insertBatch(ReactiveMongoTemplate mongo, List<Integer> numbers, int cycleYear) {
        Instant now = Instant.now();
        List<Enterprise> firms = new ArrayList<>();
        List<Filing> filings = new ArrayList<>();
        List<IpAsset> ipAssets = new ArrayList<>();
        List<Achievement> achievements = new ArrayList<>();
        for (int number : numbers) {
            Enterprise firm = firm(number, now);
            firms.add(firm);
            Profile profile = profile(number);
            int lastYear = profile == Profile.GAP ? cycleYear - 2 : cycleYear - 1;
            for (int year = cycleYear - 3; year <= lastYear; year++) {
                int i = year - (cycleYear - 3);
                filings.add(new Filing(null, firm.id(), year, FilingStatus.ACCEPTED, content(SALES[i], RD[i]),
                        Map.of(), Set.of(), 1, List.of(), null, now, now, now, now, null));
            }
            if (profile == Profile.READY) {
                ipAssets.add(new IpAsset(null, firm.id(), patent(number), now, now, null));
                List<Transformation> everyYear = IntStream.rangeClosed(cycleYear - 3, cycleYear - 1)
                        .mapToObj(year -> new Transformation(null, year, TransformationForm.OWN_IMPLEMENTATION,
                                "数据平台产品"))
                        .toList();
                for (int a = 1; a <= 6; a++) {
                    achievements.add(new Achievement(null, firm.id(),
                            new AchievementDetails("科技成果" + a, List.of(), null, everyYear), now, now, null));
                }
            }
        }
        return Mono.when(mongo.insertAll(firms).then(), mongo.insertAll(filings).then(),
                        mongo.insertAll(ipAssets).then(), mongo.insertAll(achievements).then())
                .thenMany(Flux.fromIterable(firms).map(Enterprise::id));
    }

    private static Enterprise firm(int number, Instant now) {
        String name = "压测科技有限公司" + number;
        EnterpriseProfile profile = new EnterpriseProfile(name, LocalDate.of(2015, 3, 1), null, "白云区", "1.1.9",
                true, false, false, null, null, null, LifecycleStage.TECH_BASED_SME, List.of());
        return new Enterprise(new ObjectId().toHexString(), uscc(number), profile, name.toLowerCase(), now, now,
                now, null);
    }

    /** A valid code per number: the number in base 31 after Baiyun's division code. */
    static String uscc(int number) {
        StringBuilder digits = new StringBuilder();
        for (int rest = number, i = 0; i < 9; i++, rest /= ALPHABET.length()) {
            digits.append(ALPHABET.charAt(rest % ALPHABET.length()));
        }
        return UnifiedSocialCreditCode.withCheckCharacter("91520113" + digits.reverse()).value();
    }

    /** Figures that meet every condition (as TestFilings makes them): 80% high-tech income, 25% S&T staff. */
    private static FilingContent content(long sales, long rd) {
        BigDecimal revenue = BigDecimal.valueOf(sales);
        return new FilingContent(
                new Financials(revenue, BigDecimal.ZERO, revenue, BigDecimal.ZERO, BigDecimal.valueOf(sales * 8 / 10),
                        BigDecimal.valueOf(sales / 2), revenue, BigDecimal.valueOf(sales * 9 / 10), 12),
                new RdSpend(BigDecimal.valueOf(rd), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                new Staff(Staff.Mode.ANNUAL_AVERAGE, BigDecimal.valueOf(80), BigDecimal.valueOf(20), List.of()),
                new Incidents(true, List.of()),
                new SelfAssessment(SelfAssessment.Band.B, SelfAssessment.Band.A, SelfAssessment.Practice.FULL,
                        SelfAssessment.Practice.FULL, SelfAssessment.Practice.PARTIAL, SelfAssessment.Practice.FULL,
                        false));
    }

    private static IpAssetDetails patent(int number) {
        return new IpAssetDetails(IpType.INVENTION_PATENT, "ZL2021" + String.format("%07d", number) + ".1",
                "一种数据处理方法", IpStatus.GRANTED, LocalDate.of(2021, 1, 5), LocalDate.of(2023, 2, 1), null,
                Acquisition.SELF_DEVELOPED, true, false, true);
    }
}
