package cn.baiyun.hte.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.mongo.RecordReader;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.platform.web.IfMatch;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads, searches and updates firms, always through {@link FirmAccess}. */
@Service
public class EnterpriseService {

    private final EnterpriseRepository enterprises;
    private final MembershipRepository memberships;
    private final ReactiveMongoTemplate mongo;
    private final FirmAccess access;
    private final ProfileValidator validator;
    private final Outbox outbox;
    private final Clock clock;

    EnterpriseService(EnterpriseRepository enterprises, MembershipRepository memberships, ReactiveMongoTemplate mongo,
                      FirmAccess access, ProfileValidator validator, Outbox outbox, Clock clock) {
        this.enterprises = enterprises;
        this.memberships = memberships;
        this.mongo = mongo;
        this.access = access;
        this.validator = validator;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The portal's firms and members counted; for the bureau and the platform's operator. */
    public Mono<FirmCounts> counts(PortalUser user) {
        if (user.client() || !(user.isReviewer() || user.has(PortalRole.ADMIN))) {
            return Mono.error(PortalException.forbidden());
        }
        Criteria approved = Criteria.where("status").is(Membership.Status.APPROVED);
        return Mono.zip(mongo.count(new Query(), Enterprise.class),
                        mongo.count(Query.query(Criteria.where("verifiedAt").ne(null)), Enterprise.class),
                        mongo.findDistinct(Query.query(approved), "userId", Membership.class, String.class).count(),
                        mongo.count(Query.query(Criteria.where("status").is(Membership.Status.PENDING)),
                                Membership.class))
                .map(counted -> new FirmCounts(counted.getT1(), counted.getT2(), counted.getT3(), counted.getT4()));
    }

    /**
     * The firm if the caller may read it. The access check and the read are sent together, so that a firm
     * member's API read waits for one round trip instead of two in a row; a refused check fails the answer
     * and the firm read is dropped unseen.
     */
    public Mono<Enterprise> find(PortalUser user, String enterpriseId) {
        Mono<Enterprise> firm = Mono.deferContextual(context -> ReaderFirms.of(context, user)
                .map(memo -> memo.approvedFirm(enterpriseId))
                .orElseGet(Mono::empty)
                .switchIfEmpty(Mono.defer(() -> enterprises.findById(enterpriseId))));
        return Mono.zip(access.requireRead(user, enterpriseId).thenReturn(true),
                        firm.map(Optional::of).defaultIfEmpty(Optional.empty()))
                .flatMap(allowedAndFirm -> Mono.justOrEmpty(allowedAndFirm.getT2()))
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /** The firms this user is an approved member of, in the order they joined; for a bound client its one firm. */
    public Flux<Enterprise> firmsOf(PortalUser user) {
        if (user.client()) {
            return user.boundToFirm() ? enterprises.findByUscc(user.firmUscc()).flux() : Flux.empty();
        }
        return Flux.deferContextual(context -> ReaderFirms.of(context, user)
                .map(memo -> memo.approvedFirms().flatMapIterable(firms -> firms))
                .orElseGet(() -> memberships.findByUserIdOrderByRequestedAtAsc(user.id())
                        .filter(Membership::approved)
                        .concatMap(membership -> enterprises.findById(membership.enterpriseId()))));
    }

    /**
     * Saves a new profile. {@code ifMatch} names the version the editor started from; a newer stored
     * version means someone else saved meanwhile and nothing is written.
     */
    public Mono<Enterprise> updateProfile(PortalUser user, String enterpriseId, EnterpriseProfile profile,
                                          IfMatch ifMatch) {
        return access.requireWrite(user, enterpriseId)
                .then(enterprises.findById(enterpriseId))
                .switchIfEmpty(Mono.error(PortalException::notFound))
                .flatMap(current -> {
                    List<FieldProblem> problems = validator.validate(profile);
                    if (!problems.isEmpty()) {
                        return Mono.error(PortalException.invalid(problems));
                    }
                    var changes = ProfileChanges.between(current.profile(), profile);
                    return ifMatch.check(current.version()).then(Mono.defer(() -> changes.isEmpty()
                            ? Mono.just(current)
                            : outbox.save(current.withProfile(profile, Instant.now(clock)), updated ->
                                            new ProfileUpdated(EventHeader.of(ProfileUpdated.TYPE, user, "enterprise",
                                                    updated.id(), updated.id(), clock), changes))
                                    .onErrorMap(OptimisticLockingFailureException.class,
                                            e -> PortalException.staleVersion())));
                });
    }

    /**
     * Reviewers and reading clients search all firms, a client bound to a firm only that one; a firm user
     * searches only their own firms; other roles may not list firms.
     */
    public Mono<PageOf<Enterprise>> search(PortalUser user, EnterpriseSearch search) {
        return PageRequest.checked(search.limit(), search.cursor(), EnterpriseSearch.PAGE_SIZE).flatMap(page -> {
            if (user.client() && user.boundToFirm() && user.hasScope(Scopes.ENTERPRISES_READ)) {
                return CursorPaging.page(mongo, new Criteria().andOperator(filter(search),
                        Criteria.where("uscc").is(user.firmUscc())), Enterprise.class, page, Enterprise::id);
            }
            if (user.isReviewer() || (user.client() && user.hasScope(Scopes.ENTERPRISES_READ))) {
                return CursorPaging.page(mongo, filter(search), Enterprise.class, page, Enterprise::id);
            }
            if (!user.has(PortalRole.ENTERPRISE) || user.client()) {
                return Mono.error(PortalException.forbidden());
            }
            return memberships.findByUserIdOrderByRequestedAtAsc(user.id())
                    .filter(Membership::approved)
                    .map(membership -> new ObjectId(membership.enterpriseId()))
                    .collectList()
                    .flatMap(own -> CursorPaging.page(mongo, filter(search).and("_id").in(own), Enterprise.class,
                            page, Enterprise::id));
        });
    }

    /**
     * Every verified firm in id order, streamed with the database cursor's own backpressure: for the
     * bureau's batch work over all firms.
     */
    public Flux<Enterprise> verifiedFirms(PortalUser reviewer) {
        if (!reviewer.isReviewer()) {
            return Flux.error(PortalException.forbidden());
        }
        Query query = Query.query(Criteria.where("verifiedAt").ne(null)).with(Sort.by("_id"));
        return RecordReader.find(mongo, query, Enterprise.class);
    }

    /** The ids of the firms in a catalogue field or below it, for other features' filters. */
    public Flux<String> idsInTechnicalField(String technicalField) {
        Query query = Query.query(filter(new EnterpriseSearch(null, null, technicalField, null, null, null, null)));
        query.fields().include("_id");
        return mongo.find(query, Enterprise.class).map(Enterprise::id);
    }

    /**
     * The user ids of the firm's approved members, for telling them what happened to their firm (notices).
     * Internal: it answers to the portal itself, not to a caller, so it takes no {@link PortalUser}.
     */
    public Flux<String> memberIds(String enterpriseId) {
        Query query = Query.query(Criteria.where("enterpriseId").is(enterpriseId)
                .and("status").is(Membership.Status.APPROVED));
        return mongo.findDistinct(query, "userId", Membership.class, String.class);
    }

    private static Criteria filter(EnterpriseSearch search) {
        Criteria criteria = new Criteria();
        if (search.namePrefix() != null && !search.namePrefix().isBlank()) {
            criteria = criteria.and("nameKey").regex("^" + Pattern.quote(Enterprise.nameKey(search.namePrefix())));
        }
        if (search.uscc() != null && !search.uscc().isBlank()) {
            criteria = criteria.and("uscc").is(search.uscc().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (search.technicalField() != null && !search.technicalField().isBlank()) {
            String field = Pattern.quote(search.technicalField().strip());
            criteria = criteria.and("profile.technicalField").regex("^" + field + "(\\.|$)");
        }
        if (search.stage() != null) {
            criteria = criteria.and("profile.lifecycleStage").is(search.stage());
        }
        if (search.verified() != null) {
            criteria = search.verified() ? criteria.and("verifiedAt").ne(null) : criteria.and("verifiedAt").is(null);
        }
        return criteria;
    }

    /**
     * The firm with this code. When there is none and {@code nameIfUnlisted} is given, the firm is listed
     * as an unverified firm without members, exactly as a first claim would create it, so that its staff
     * can claim it later and a reviewer's approval verifies it; without a name nothing is ever written.
     * For partner departments' referrals: the caller has checked that the user may refer firms, and shows
     * them no more than the firm's id, code, name and whether it is verified.
     */
    public Mono<Enterprise> withCode(UnifiedSocialCreditCode code, String nameIfUnlisted) {
        Mono<Enterprise> found = enterprises.findByUscc(code.value());
        if (nameIfUnlisted == null) {
            return found;
        }
        return found
                .switchIfEmpty(Mono.defer(() -> enterprises.save(
                        Enterprise.claimed(code.value(), nameIfUnlisted, Instant.now(clock)))))
                // Two first listings of the same new firm race on the unique code: the loser reads the winner's.
                .onErrorResume(DuplicateKeyException.class, e -> enterprises.findByUscc(code.value()));
    }

    /**
     * The firm with this id, unknown ids as empty; for features whose own check lets the caller act on any
     * firm of the district without reading its data (工信局 tagging firms with their industry chain): like
     * {@link #withCode}, the caller shows them no more than the firm's id, code, name and whether it is verified.
     */
    public Mono<Enterprise> listed(String enterpriseId) {
        return ObjectId.isValid(enterpriseId) ? enterprises.findById(enterpriseId) : Mono.empty();
    }

    /**
     * The firms with the given ids, in no particular order, for the bureau's lists that show firm details
     * next to their own records (one query per batch instead of one per firm). Unknown ids are left out.
     */
    public Flux<Enterprise> findAll(PortalUser reviewer, Collection<String> enterpriseIds) {
        if (!reviewer.isReviewer()) {
            return Flux.error(PortalException.forbidden());
        }
        List<ObjectId> ids = enterpriseIds.stream().filter(ObjectId::isValid).map(ObjectId::new).toList();
        return ids.isEmpty() ? Flux.empty() : mongo.find(Query.query(Criteria.where("_id").in(ids)), Enterprise.class);
    }
}
