package cn.baiyun.hte.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.chain.ChainBreakdown;
import cn.baiyun.hte.chain.ChainBreakdowns;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.FirmFigures;
import cn.baiyun.hte.enterprise.TechnicalFieldCatalogue;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.pool.TierFigures;
import cn.baiyun.hte.referral.DepartmentCount;
import cn.baiyun.hte.referral.ReferralService;
import cn.baiyun.hte.subsidy.SubsidyOutlook;
import cn.baiyun.hte.subsidy.SubsidyOutlooks;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

/**
 * Puts the dashboard together from the figures the firm and pool features count in the database (a dozen small
 * aggregations sent at once; nothing per firm is loaded but the listed expiring firms; the outlook starts from
 * the current cycle's decided entries and joins their firms in the database). Who reads what:
 * reviewers everything; department officers and clients holding {@value Scopes#DASHBOARD_READ} the figures
 * without firm lists or departments' outcomes; firm users nothing (403).
 *
 * <p>Conversion, as the funnel shows it: within the funnel, the firms that reached a stage over those that
 * reached the one before (stages as the profiles record them, a later stage counting as having passed the earlier
 * ones). Between cycles, tech-based SME → HTE: of the firms entered in the tech-based SME register in a year, the
 * share first recognised as HTE in the following year (the certificate's issue date), for the last three complete
 * cohorts. The trend's valid HTEs at a past year's end count the certificates recorded now (issued in that year or
 * the two before it): a firm's re-recognition replaces its earlier certificate.
 */
@Service
class DashboardService {

    /** Past years shown in the trend and the cycles' table, besides the current one. */
    static final int TREND_YEARS = 3;

    private final FirmFigures figures;
    private final TierFigures tiers;
    private final ReferralService referrals;
    private final TargetService targets;
    private final TechnicalFieldCatalogue catalogue;
    private final ChainBreakdowns chains;
    private final SubsidyOutlooks subsidies;
    private final ExpiringDrillDowns expiring;

    DashboardService(FirmFigures figures, TierFigures tiers, ReferralService referrals, TargetService targets,
                     TechnicalFieldCatalogue catalogue, ChainBreakdowns chains, SubsidyOutlooks subsidies,
                     ExpiringDrillDowns expiring) {
        this.expiring = expiring;
        this.chains = chains;
        this.subsidies = subsidies;
        this.figures = figures;
        this.tiers = tiers;
        this.referrals = referrals;
        this.targets = targets;
        this.catalogue = catalogue;
    }

    /** Whether the caller reads the full dashboard (true), the subset (false), or nothing (403). */
    static Mono<Boolean> full(PortalUser user) {
        if (user.isReviewer() && !user.client()) {
            return Mono.just(true);
        }
        if (user.client() ? user.hasScope(Scopes.DASHBOARD_READ) : user.isDepartmentOfficer()) {
            return Mono.just(false);
        }
        return Mono.error(PortalException.forbidden());
    }

    /** Reviewers only: the firm lists behind the numbers. */
    static Mono<Void> requireReviewer(PortalUser user) {
        return user.isReviewer() && !user.client() ? Mono.empty() : Mono.error(PortalException.forbidden());
    }

    Mono<Dashboard> dashboard(PortalUser user, LocalDate date, Locale locale) {
        int year = date.getYear();
        return full(user).flatMap(full -> {
            Mono<List<TargetProgress>> progressAndStanding;
            Mono<FirmFigures.Standing> standing = figures.standing(date).cache();
            Mono<Targets> target = targets.effective(year).map(java.util.Optional::of)
                    .defaultIfEmpty(java.util.Optional.empty()).map(found -> found.orElse(null)).cache();
            progressAndStanding = Mono.zip(target.map(java.util.Optional::ofNullable), standing,
                            outlook(year, date))
                    .map(found -> found.getT1().map(t -> progress(t.values(), found.getT2(), found.getT3()))
                            .orElse(List.of()));
            Mono<List<ExpiringFirm>> expiringFirms = full
                    ? expiringFirms(year).concatWith(expiringFirms(year + 1)).collectList()
                    : Mono.just(List.of());
            Mono<List<DepartmentCount>> departments = full ? referrals.counts(user).collectList() : Mono.just(List.of());
            Mono<List<TierFigures.TierCount>> tierCounts = tiers.tiers(year - TREND_YEARS, year).collectList();
            Mono<List<FirmFigures.Issued>> issued = figures.issued(year - TREND_YEARS - 2, year).collectList();
            return Mono.zip(List.of(target.map(java.util.Optional::ofNullable), progressAndStanding, standing,
                            figures.expiring(year).collectList(), expiringFirms, figures.stages().collectList(),
                            figures.techSmeCohorts(year - TREND_YEARS, year - 1).collectList(), tierCounts,
                            tiers.fields(year).collectList(), figures.bySize(date).collectList(), departments, issued,
                            chains.on(user, date), subsidies.forYear(user, year)),
                    parts -> assemble(parts, date, year, full, locale));
        });
    }

    @SuppressWarnings("unchecked")
    private Dashboard assemble(Object[] parts, LocalDate date, int year, boolean full, Locale locale) {
        FirmFigures.Standing standing = (FirmFigures.Standing) parts[2];
        List<TierFigures.TierCount> tierCounts = (List<TierFigures.TierCount>) parts[7];
        List<FirmFigures.Issued> issued = (List<FirmFigures.Issued>) parts[11];
        List<CycleTiers> cycles = cycles(tierCounts);
        return new Dashboard(date, year, full, ((java.util.Optional<Targets>) parts[0]).orElse(null),
                (List<TargetProgress>) parts[1], standing, (List<FirmFigures.Expiring>) parts[3],
                (List<ExpiringFirm>) parts[4], funnel((List<FirmFigures.StageCount>) parts[5]),
                conversions((List<FirmFigures.TechSmeCohort>) parts[6]), cycles,
                fields((List<TierFigures.FieldTierCount>) parts[8], locale), (List<FirmFigures.SizeCount>) parts[9],
                (List<DepartmentCount>) parts[10], trend(year, standing, issued, cycles), (ChainBreakdown) parts[12],
                (SubsidyOutlook) parts[13]);
    }

    /**
     * What the current cycle's tier-1 firms, and tier-1 with tier-2 firms, would add if recognised: the bureau's
     * decided (or published) tiers only, counted in one pipeline over the cycle's entries joined to their firms.
     */
    Mono<Tuple2<FirmFigures.Gain, FirmFigures.Gain>> outlook(int year, LocalDate date) {
        return figures.gains(tiers.decided(year), date)
                .collectMap(FirmFigures.GroupGain::group, FirmFigures.GroupGain::gain)
                .map(byTier -> {
                    FirmFigures.Gain one = byTier.getOrDefault(TierResult.TIER_1.name(), FirmFigures.Gain.NONE);
                    return Tuples.of(one, one.plus(byTier.getOrDefault(TierResult.TIER_2.name(), FirmFigures.Gain.NONE)));
                });
    }

    private static List<TargetProgress> progress(TargetValues target, FirmFigures.Standing standing,
                                                 Tuple2<FirmFigures.Gain, FirmFigures.Gain> outlook) {
        FirmFigures.Gain one = outlook.getT1();
        FirmFigures.Gain oneAndTwo = outlook.getT2();
        return List.of(
                TargetProgress.of(TargetKind.HTE_FIRMS, BigDecimal.valueOf(target.hteFirms()),
                        BigDecimal.valueOf(standing.hte()), BigDecimal.valueOf(standing.hte() + one.newHte()),
                        BigDecimal.valueOf(standing.hte() + oneAndTwo.newHte())),
                TargetProgress.of(TargetKind.ABOVE_SIZE_HTE_FIRMS, BigDecimal.valueOf(target.aboveSizeHteFirms()),
                        BigDecimal.valueOf(standing.hteAboveSize()),
                        BigDecimal.valueOf(standing.hteAboveSize() + one.newHteAboveSize()),
                        BigDecimal.valueOf(standing.hteAboveSize() + oneAndTwo.newHteAboveSize())),
                TargetProgress.of(TargetKind.SPECIALISED_SHARE, target.specialisedShare(),
                        TargetProgress.share(standing.specialisedHte(), standing.specialised()),
                        TargetProgress.share(standing.specialisedHte() + one.newSpecialisedHte(), standing.specialised()),
                        TargetProgress.share(standing.specialisedHte() + oneAndTwo.newSpecialisedHte(),
                                standing.specialised())));
    }

    /** The first {@value Dashboard#LISTED} to end, in the order of the re-recognition list they lead to. */
    private Flux<ExpiringFirm> expiringFirms(int year) {
        return expiring.firms(year, new PageRequest(Dashboard.LISTED, null))
                .flatMapIterable(page -> page.items().stream().map(DashboardService::expiringFirm).toList());
    }

    static ExpiringFirm expiringFirm(Enterprise firm) {
        var certificate = firm.profile().hteCertificate();
        return new ExpiringFirm(firm.id(), firm.name(), certificate.number(), certificate.validUntil(),
                firm.profile().aboveDesignatedSize());
    }

    private static List<FunnelStage> funnel(List<FirmFigures.StageCount> stages) {
        List<FunnelStage> funnel = new ArrayList<>();
        long reached = stages.stream().mapToLong(FirmFigures.StageCount::firms).sum();
        Long previous = null;
        for (FirmFigures.StageCount stage : stages) {
            funnel.add(new FunnelStage(stage.stage(), stage.firms(), reached,
                    previous == null ? null : TargetProgress.share(reached, previous)));
            previous = reached;
            reached -= stage.firms();
        }
        return funnel;
    }

    private static List<CohortConversion> conversions(List<FirmFigures.TechSmeCohort> cohorts) {
        return cohorts.stream().map(c -> new CohortConversion(c.year(), c.techSmes(), c.recognisedNextYear(),
                TargetProgress.share(c.recognisedNextYear(), c.techSmes()))).toList();
    }

    /** The cycles that have entries, oldest first, each with its change from the cycle before it when that one is shown. */
    private static List<CycleTiers> cycles(List<TierFigures.TierCount> counts) {
        Map<Integer, long[]> byYear = new TreeMap<>();
        for (TierFigures.TierCount count : counts) {
            byYear.computeIfAbsent(count.cycleYear(), y -> new long[TierResult.values().length])
                    [count.tier().ordinal()] += count.firms();
        }
        List<CycleTiers> cycles = new ArrayList<>();
        CycleTiers previous = null;
        for (var year : byYear.entrySet()) {
            long[] t = year.getValue();
            CycleTiers.Change change = previous == null || previous.year() != year.getKey() - 1 ? null
                    : new CycleTiers.Change(t[0] - previous.tier1(), t[1] - previous.tier2(), t[2] - previous.tier3(),
                            t[3] - previous.notInPool());
            previous = new CycleTiers(year.getKey(), t[0], t[1], t[2], t[3], change);
            cycles.add(previous);
        }
        return cycles;
    }

    /** The current cycle's tiers by first-level field, largest first. */
    private List<FieldTiers> fields(List<TierFigures.FieldTierCount> counts, Locale locale) {
        Map<String, long[]> byField = new TreeMap<>();
        for (TierFigures.FieldTierCount count : counts) {
            if (count.tier() == TierResult.NOT_IN_POOL) {
                continue;
            }
            String field = count.technicalField() == null ? "" : count.technicalField().split("\\.")[0];
            byField.computeIfAbsent(field, f -> new long[3])[count.tier().ordinal()] += count.firms();
        }
        return byField.entrySet().stream()
                .map(e -> new FieldTiers(e.getKey(), e.getKey().isEmpty() ? null : catalogue.label(e.getKey(), locale),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(java.util.Comparator.comparingLong(FieldTiers::total).reversed())
                .toList();
    }

    private static List<TrendYear> trend(int year, FirmFigures.Standing standing, List<FirmFigures.Issued> issued,
                                         List<CycleTiers> cycles) {
        Map<Integer, Long> issuedIn = new TreeMap<>();
        issued.forEach(i -> issuedIn.put(i.year(), i.certificates()));
        List<TrendYear> trend = new ArrayList<>();
        for (int y = year - TREND_YEARS; y <= year; y++) {
            int shown = y;
            long valid = y == year ? standing.hte()
                    : issuedIn.getOrDefault(y - 2, 0L) + issuedIn.getOrDefault(y - 1, 0L) + issuedIn.getOrDefault(y, 0L);
            CycleTiers cycle = cycles.stream().filter(c -> c.year() == shown).findFirst().orElse(null);
            trend.add(new TrendYear(y, valid, issuedIn.getOrDefault(y, 0L), cycle == null ? 0 : cycle.tier1(),
                    cycle == null ? 0 : cycle.tier2(), cycle == null ? 0 : cycle.tier3()));
        }
        return trend;
    }

}
