package cn.baiyun.hte.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.security.PortalUser;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records departments' referrals and how far the bureau got with each, and answers who referred which firm.
 * A firm the portal does not know yet is listed, unverified and without members, when first referred: its
 * staff claim it later like any firm, and the referral shows it verified once the bureau approves the claim.
 *
 * <p>Who moves a referral: the bureau's reviewers (people, not integration clients) record that they
 * contacted the firm, or decline the referral with a reason; the pool moves it into {@code IN_POOL} when a
 * tier is published to the firm ({@link #tierPublished}), so that the department learns the tier exactly
 * when the firm does and never a proposal. Every change is one conditional update of the referral carrying
 * its {@link ReferralUpdated} event.
 */
@Service
public class ReferralService {

    /** Firms looked up at once while a page of referrals is shown. */
    private static final int FIRM_LOOKUPS = 8;
    /** Referrals whose firms the count looks up in one query. */
    private static final int COUNT_BATCH = 200;

    private final ReferralRepository referrals;
    private final ReactiveMongoTemplate mongo;
    private final EnterpriseService enterprises;
    private final Outbox outbox;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, ReactiveMongoTemplate mongo, EnterpriseService enterprises,
                    Outbox outbox, Clock clock) {
        this.referrals = referrals;
        this.mongo = mongo;
        this.enterprises = enterprises;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The firms a department referred, for filtering the pool by referring department. */
    public Flux<String> enterpriseIdsReferredBy(String department) {
        return referrals.findByDepartment(department).map(Referral::enterpriseId).distinct();
    }

    /**
     * The firms behind one figure of a department's count (reviewers only; {@code figure} is one of
     * {@link DepartmentCount}'s, e.g. {@code DepartmentCount::inPool}): each referral goes through the count's own
     * rule, so that the list always holds the number the count shows. Ids in ascending order.
     */
    public Flux<String> enterpriseIdsCounted(PortalUser reviewer, String department,
                                             java.util.function.ToLongFunction<DepartmentCount> figure) {
        LocalDate today = today();
        return bureau(reviewer).thenMany(referrals.findByDepartment(department).collectList()
                .flatMapMany(found -> enterprises.findAll(reviewer, found.stream().map(Referral::enterpriseId).toList())
                        .collectMap(Enterprise::id)
                        .flatMapIterable(firms -> found.stream()
                                .filter(r -> figure.applyAsLong(DepartmentCount.none(department)
                                        .plus(ReferralItem.of(r, firms.get(r.enterpriseId()), today))) > 0)
                                .map(Referral::enterpriseId).distinct().sorted().toList())));
    }

    /**
     * Refers a firm for the caller's own department ({@link ReferralCreated}); a second referral
     * of the same firm by the same department is a conflict and changes nothing.
     */
    public Mono<ReferralItem> refer(PortalUser user, ReferralRequest request) {
        return Mono.fromCallable(() -> ReferralAccess.referringDepartment(user))
                .flatMap(department -> refer(user, department, ReferralRules.check(request)));
    }

    /** Refers a checked firm for the department (the caller checked that the user refers for it). */
    Mono<ReferralItem> refer(PortalUser user, String department, ReferralRules.Checked checked) {
        return enterprises.withCode(checked.uscc(), checked.firmName()).flatMap(firm -> outbox
                .insert(new Referral(null, firm.id(), firm.uscc(), department, checked.note(), checked.contact(),
                                user.id(), Instant.now(clock), ReferralStatus.RECEIVED, null, null, null, null),
                        referral -> new ReferralCreated(EventHeader.of(ReferralCreated.TYPE, user, "referral",
                                referral.id(), firm.id(), clock), department, checked.note()))
                .onErrorMap(DuplicateKeyException.class,
                        e -> PortalException.conflict("referral.duplicate", department, firm.uscc()))
                .map(saved -> ReferralItem.of(saved, firm, today())));
    }

    /** A page of the referrals the caller may read, oldest first. */
    Mono<PageOf<ReferralItem>> page(PortalUser user, ReferralSearch search) {
        return Mono.fromCallable(() -> ReferralAccess.readableDepartment(user, search.department()))
                .flatMap(department -> PageRequest.checked(search.limit(), search.cursor(), ReferralSearch.PAGE_SIZE)
                        .flatMap(page -> CursorPaging.page(mongo,
                                department.map(d -> Criteria.where("department").is(d)).orElseGet(Criteria::new),
                                Referral.class, page, Referral::id)))
                .flatMap(page -> Flux.fromIterable(page.items())
                        .flatMapSequential(this::item, FIRM_LOOKUPS)
                        .collectList()
                        .map(items -> new PageOf<>(items, page.next())));
    }

    /** The caller's latest referrals (their department's; every department's for reviewers), newest first. */
    public Flux<ReferralItem> latest(PortalUser user, int limit) {
        return Mono.fromCallable(() -> ReferralAccess.readableDepartment(user, null))
                .flatMapMany(department -> mongo.find(Query.query(department
                                .map(d -> Criteria.where("department").is(d)).orElseGet(Criteria::new))
                        .with(Sort.by(Sort.Direction.DESC, "referredAt")).limit(limit), Referral.class))
                .flatMapSequential(this::item, FIRM_LOOKUPS);
    }

    /** One referral the caller may read: their own department's, or any for reviewers; 404 otherwise. */
    Mono<ReferralItem> find(PortalUser user, String referralId) {
        return Mono.fromCallable(() -> ReferralAccess.readableDepartment(user, null))
                .flatMap(department -> referrals.findById(referralId)
                        .filter(referral -> department.map(referral.department()::equals).orElse(true)))
                .switchIfEmpty(Mono.error(PortalException::notFound))
                .flatMap(this::item);
    }

    /** The departments that have referred firms, for the reviewers' filter. */
    Flux<String> departments(PortalUser reviewer) {
        return bureau(reviewer).thenMany(mongo.findDistinct(new Query(), "department", Referral.class, String.class)
                .sort());
    }

    /**
     * Records a reviewer's step: contacted (from received), or declined with a reason (from received or
     * contacted). A referral already further on, or in the pool, is a conflict and stays as it is.
     */
    public Mono<ReferralItem> changeStatus(PortalUser reviewer, String referralId, ReferralStatusChange change) {
        return bureau(reviewer).then(Mono.fromCallable(() -> StatusStep.of(change)))
                .flatMap(step -> referrals.findById(referralId)
                        .switchIfEmpty(Mono.error(PortalException::notFound))
                        .flatMap(referral -> firmOf(referral).map(Optional::of).defaultIfEmpty(Optional.empty())
                                .flatMap(firm -> {
                                    Criteria guard = Criteria.where("_id").is(referral.id())
                                            .and("status").in(step.from());
                                    Update update = new Update().set("status", step.to())
                                            .set("statusChangedAt", Instant.now(clock));
                                    update = step.reason() == null ? update.unset("declineReason")
                                            : update.set("declineReason", step.reason());
                                    ReferralUpdated event = updated(EventHeader.of(ReferralUpdated.TYPE, reviewer,
                                            "referral", referral.id(), referral.enterpriseId(), clock), referral,
                                            step.to(), null, step.reason(), firm.orElse(null));
                                    return outbox.update(Query.query(guard), update, Referral.class, event)
                                            .switchIfEmpty(Mono.error(() -> PortalException.conflict(
                                                    "referral.status.not-allowed")))
                                            .map(changed -> ReferralItem.of(changed, firm.orElse(null), today()));
                                })));
    }

    /**
     * The pool published a tier to a firm ({@code cause} is that event): each department's referral of the
     * firm moves into the pool with the tier, 1 to 3. Published out of the pool ({@code tier} null), a
     * referral that was in it goes back to contacted, its tier gone: the department then reads no tier the
     * firm no longer has. A second delivery of the same publication finds nothing to change and tells nobody.
     */
    public Mono<Void> tierPublished(EventHeader cause, Integer tier) {
        return referrals.findByEnterpriseId(cause.enterpriseId())
                .concatMap(referral -> firmOf(referral).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(firm -> {
                            Criteria guard = Criteria.where("_id").is(referral.id());
                            Update update = new Update().set("statusChangedAt", Instant.now(clock));
                            ReferralStatus to;
                            if (tier != null) {
                                guard = guard.orOperator(Criteria.where("status").ne(ReferralStatus.IN_POOL),
                                        Criteria.where("tier").ne(tier));
                                to = ReferralStatus.IN_POOL;
                                update.set("status", to).set("tier", tier).unset("declineReason");
                            } else {
                                guard = guard.and("status").is(ReferralStatus.IN_POOL);
                                to = ReferralStatus.CONTACTED;
                                update.set("status", to).unset("tier");
                            }
                            return outbox.update(Query.query(guard), update, Referral.class,
                                    updated(following(cause, referral), referral, to, tier, null, firm.orElse(null)));
                        }))
                .then();
    }

    /**
     * The firm's staff's claim was approved ({@code cause}, a {@code ClaimDecided}): the firm's referrals, made
     * while it was listed unverified, now name a verified firm, and their departments are told. Referrals
     * already marked are left alone, so a second delivery tells nobody twice.
     */
    Mono<Void> firmVerified(EventHeader cause) {
        return referrals.findByEnterpriseId(cause.enterpriseId())
                .filter(referral -> referral.firmVerifiedAt() == null)
                .concatMap(referral -> firmOf(referral).flatMap(firm -> outbox.update(
                        Query.query(Criteria.where("_id").is(referral.id()).and("firmVerifiedAt").isNull()),
                        new Update().set("firmVerifiedAt", Instant.now(clock)), Referral.class,
                        updated(following(cause, referral), referral, referral.status(), referral.tier(),
                                referral.declineReason(), firm))))
                .then();
    }

    /** Every department's count for the joint meeting, by department name; reviewers only. */
    public Flux<DepartmentCount> counts(PortalUser reviewer) {
        LocalDate today = today();
        return bureau(reviewer).thenMany(mongo.find(new Query().with(Sort.by("_id")), Referral.class)
                        .buffer(COUNT_BATCH)
                        .concatMap(batch -> enterprises.findAll(reviewer,
                                        batch.stream().map(Referral::enterpriseId).toList())
                                .collectMap(Enterprise::id)
                                .flatMapIterable(firms -> batch.stream()
                                        .map(r -> ReferralItem.of(r, firms.get(r.enterpriseId()), today)).toList()))
                        .reduce(new TreeMap<String, DepartmentCount>(), (counts, item) -> {
                            counts.merge(item.department(), DepartmentCount.none(item.department()).plus(item),
                                    (before, one) -> before.plus(item));
                            return counts;
                        }))
                .flatMapIterable(Map::values);
    }

    private static Mono<Void> bureau(PortalUser user) {
        return user.isReviewer() && !user.client() ? Mono.empty() : Mono.error(PortalException.forbidden());
    }

    private ReferralUpdated updated(EventHeader header, Referral before, ReferralStatus status, Integer tier,
                                    String declineReason, Enterprise firm) {
        return new ReferralUpdated(header, before.department(), before.uscc(), before.status(), status,
                status == ReferralStatus.IN_POOL ? tier : null,
                status == ReferralStatus.DECLINED ? declineReason : null, firm != null && firm.verified());
    }

    /** The header of a referral's change that follows from another event, by the same actor. */
    private EventHeader following(EventHeader cause, Referral referral) {
        return new EventHeader(new ObjectId().toHexString(), ReferralUpdated.TYPE, Instant.now(clock),
                cause.actorId(), cause.actorName(), "referral", referral.id(), referral.enterpriseId());
    }

    private Mono<Enterprise> firmOf(Referral referral) {
        return enterprises.withCode(UnifiedSocialCreditCode.of(referral.uscc()), null);
    }

    private Mono<ReferralItem> item(Referral referral) {
        return firmOf(referral)
                .map(firm -> ReferralItem.of(referral, firm, today()))
                .switchIfEmpty(Mono.fromSupplier(() -> ReferralItem.of(referral, null, today())));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A reviewer's step, checked: where it leads, from which statuses, and the decline's reason. */
    private record StatusStep(ReferralStatus to, List<Object> from, String reason) {

        static StatusStep of(ReferralStatusChange change) {
            ReferralStatus to = change == null ? null : change.status();
            // No status at all is received: a referral stored before statuses existed.
            if (to == ReferralStatus.CONTACTED) {
                return new StatusStep(to, Arrays.asList(ReferralStatus.RECEIVED, null), null);
            }
            if (to == ReferralStatus.DECLINED) {
                return new StatusStep(to, Arrays.asList(ReferralStatus.RECEIVED, null, ReferralStatus.CONTACTED),
                        ReferralRules.declineReason(change.reason()));
            }
            throw PortalException.invalid(new FieldProblem("status", "referral.status.not-settable"));
        }
    }
}
