package cn.baiyun.hte.pool;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.board.EntryStatus;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.pool.feedback.FeedbackService;
import cn.baiyun.hte.referral.ReferralService;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the pool has to say on each person's home page, in types of this package: a firm's feedback
 * waiting to be acknowledged and its filing window, the bureau's deadlines, and where a department's
 * referred firms stand. Each answer checks who asks, as the pool's own pages do.
 */
@Service
public class PoolOverview {

    /** Firms whose standing one request looks up at once. */
    static final int LOOKUPS = 8;

    /** A firm's filing for {@code fiscalYear} is asked for until {@code closes}, in the cycle of {@code cycleYear}. */
    public record FilingWindow(int cycleYear, int fiscalYear, LocalDate closes) {
    }

    /**
     * A deadline of a cycle that is near, or passed with its step not done.
     *
     * @param kind {@code FILING}, {@code ADJUSTMENT} or {@code RECOMMENDATION} (message {@code cycle.deadline.*})
     */
    public record DeadlineAlert(int cycleYear, String kind, LocalDate date, boolean passed) {
    }

    /**
     * Where a firm stands in its latest cycle.
     *
     * @param status the entry's status, labelled by {@code pool.status.<status>}
     * @param tier   for reviewers the bureau's decided tier, else the proposal; for departments the tier published
     *               to the firm only; null when there is none to show
     */
    public record Standing(String enterpriseId, int cycleYear, String status, TierResult tier) {
    }

    private final FeedbackService feedback;
    private final CycleService cycles;
    private final ReferralService referrals;
    private final ReactiveMongoTemplate mongo;

    PoolOverview(FeedbackService feedback, CycleService cycles, ReferralService referrals, ReactiveMongoTemplate mongo) {
        this.feedback = feedback;
        this.cycles = cycles;
        this.referrals = referrals;
        this.mongo = mongo;
    }

    /** The year of the firm's latest published feedback when the firm has not acknowledged it yet. */
    public Mono<Integer> feedbackToAcknowledge(PortalUser member, String enterpriseId) {
        return feedback.history(member, enterpriseId).next()
                .filter(entry -> entry.acknowledgedAt() == null)
                .map(PoolEntry::cycleYear);
    }

    /**
     * The filing window of this year's cycle when it is open on {@code today}: firms file the year before.
     * A cycle's window lies in its own year, so no other cycle's can be open.
     */
    public Mono<FilingWindow> openFilingWindow(LocalDate today) {
        int year = today.getYear();
        return cycles.dates(year)
                .filter(dates -> !today.isBefore(dates.filingOpens()) && !today.isAfter(dates.filingCloses()))
                .map(dates -> new FilingWindow(year, year - 1, dates.filingCloses()));
    }

    /**
     * The deadlines that need the bureau on {@code today}, for reviewers: those of this year's cycle and of
     * next year's, this year's first. Every date of a cycle lies in its own year (the cycle's validator),
     * so this year's cycle holds all that can be passed and undone, and next year's only matters in the
     * last days of December, when a deadline of early January is within the warning days (its filing
     * window's opening is no deadline). Last year's cycle is left out from New Year's day on: its steps
     * still not done by then are for the cycle's own page, not for every day's queue. A year without a
     * cycle has none.
     */
    public Flux<DeadlineAlert> deadlineAlerts(PortalUser reviewer, LocalDate today) {
        return Flux.concat(deadlineAlerts(reviewer, today.getYear(), today),
                deadlineAlerts(reviewer, today.getYear() + 1, today));
    }

    private Flux<DeadlineAlert> deadlineAlerts(PortalUser reviewer, int year, LocalDate today) {
        return cycles.find(reviewer, year)
                .onErrorResume(PortalException.class, error -> error.getStatusCode().value() == 404
                        ? Mono.empty() : Mono.error(error))
                .flatMapIterable(cycle -> cycle.deadlineWarnings(today).stream()
                        .map(d -> new DeadlineAlert(cycle.year(), d.kind().name(), d.date(), d.passed())).toList());
    }

    /**
     * Where each of {@code enterpriseIds} stands in its latest cycle, for the firms the caller's department
     * referred (reviewers: any firm); firms never assessed are left out. A department learns a tier only once
     * it is published to the firm, as its referral's {@code IN_POOL} does: a proposal or a decision not yet
     * published is the bureau's own work, which even the firm does not see yet.
     */
    public Flux<Standing> standings(PortalUser user, Collection<String> enterpriseIds) {
        boolean reviewer = user.isReviewer() && !user.client();
        Mono<Set<String>> readable = reviewer
                ? Mono.just(Set.copyOf(enterpriseIds))
                : user.isDepartmentOfficer() && user.department() != null
                        ? referrals.enterpriseIdsReferredBy(user.department()).filter(enterpriseIds::contains)
                                .collect(Collectors.toSet())
                        : Mono.error(PortalException.forbidden());
        return readable.flatMapMany(Flux::fromIterable)
                .flatMapSequential(this::latestEntry, LOOKUPS)
                .map(entry -> new Standing(entry.enterpriseId(), entry.cycleYear(), EntryStatus.of(entry).name(),
                        reviewer ? workingTier(entry) : publishedTier(entry)));
    }

    /** The bureau's decided tier, else the proposal. */
    private static TierResult workingTier(PoolEntry entry) {
        return entry.decision() != null ? entry.decision().tier() : entry.proposedTier();
    }

    /** The tier the firm reads: the last one published to it, even when the bureau decided again since. */
    private static TierResult publishedTier(PoolEntry entry) {
        return entry.publication() == null ? null : entry.publication().tier();
    }

    /**
     * Each firm's tier as last published to it (the latest cycle whose feedback was published), for lists
     * that rank firms by readiness, such as a roadshow's registrations; firms with nothing published are left
     * out. The caller decides who may see it: the tier of {@link Standing} is the published one, its status
     * the entry's.
     */
    public Flux<Standing> publishedTiers(Collection<String> enterpriseIds) {
        return Flux.fromIterable(Set.copyOf(enterpriseIds))
                .flatMapSequential(enterpriseId -> mongo.findOne(Query.query(Criteria.where("enterpriseId").is(enterpriseId)
                                .and("publication").ne(null)).with(Sort.by(Sort.Direction.DESC, "cycleYear")), PoolEntry.class),
                        LOOKUPS)
                .map(entry -> new Standing(entry.enterpriseId(), entry.cycleYear(), EntryStatus.of(entry).name(),
                        entry.publication().tier()));
    }

    /** Served by the index by_firm_history. */
    private Mono<PoolEntry> latestEntry(String enterpriseId) {
        return mongo.findOne(Query.query(Criteria.where("enterpriseId").is(enterpriseId))
                .with(Sort.by(Sort.Direction.DESC, "cycleYear")), PoolEntry.class);
    }
}
