package cn.baiyun.hte.referral;

import java.time.Clock;
import java.time.Instant;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records departments' referrals and answers who referred which firm. A firm the portal does not know
 * yet is listed, unverified and without members, when first referred: its staff claim it later like any
 * firm, and the referral shows it verified once the bureau approves the claim.
 */
@Service
public class ReferralService {

    /** Firms looked up at once while a page of referrals is shown. */
    private static final int FIRM_LOOKUPS = 8;

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
     * Refers a firm for the caller's own department ({@link ReferralCreated}); a second referral
     * of the same firm by the same department is a conflict and changes nothing.
     */
    public Mono<ReferralItem> refer(PortalUser user, ReferralRequest request) {
        return Mono.fromCallable(() -> ReferralAccess.referringDepartment(user)).flatMap(department -> {
            ReferralRules.Checked checked = ReferralRules.check(request);
            return enterprises.withCode(checked.uscc(), checked.firmName()).flatMap(firm -> outbox
                    .insert(new Referral(null, firm.id(), firm.uscc(), department, checked.note(), user.id(),
                            Instant.now(clock)), referral -> new ReferralCreated(EventHeader.of(ReferralCreated.TYPE,
                            user, "referral", referral.id(), firm.id(), clock), department, checked.note()))
                    .onErrorMap(DuplicateKeyException.class,
                            e -> PortalException.conflict("referral.duplicate", department, firm.uscc()))
                    .map(saved -> ReferralItem.of(saved, firm)));
        });
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

    /** The departments that have referred firms, for the reviewers' filter. */
    Flux<String> departments(PortalUser reviewer) {
        if (!reviewer.isReviewer() || reviewer.client()) {
            return Flux.error(PortalException.forbidden());
        }
        return mongo.findDistinct(new Query(), "department", Referral.class, String.class).sort();
    }

    private Mono<ReferralItem> item(Referral referral) {
        return enterprises.withCode(UnifiedSocialCreditCode.of(referral.uscc()), null)
                .map(firm -> ReferralItem.of(referral, firm))
                .switchIfEmpty(Mono.fromSupplier(() -> ReferralItem.of(referral, null)));
    }
}
