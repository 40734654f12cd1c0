package cn.baiyun.hte.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Firm users claim firms; reviewers approve or reject the claims. Each decision is one conditional
 * update guarded by the claim still being pending, so two reviewers cannot both decide it.
 */
@Service
public class ClaimService {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_REASON_LENGTH = 500;

    private final EnterpriseRepository enterprises;
    private final MembershipRepository memberships;
    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    ClaimService(EnterpriseRepository enterprises, MembershipRepository memberships, ReactiveMongoTemplate mongo,
                 Outbox outbox, Clock clock) {
        this.enterprises = enterprises;
        this.memberships = memberships;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Mono<Membership> claim(PortalUser user, String rawUscc, String rawName) {
        return FirmAccess.requireEnterpriseUser(user).then(Mono.defer(() -> {
            List<FieldProblem> problems = new ArrayList<>();
            UsccCheck code = UnifiedSocialCreditCode.parse(rawUscc);
            code.problemIfInvalid().ifPresent(problem ->
                    problems.add(new FieldProblem("uscc", problem.messageKey(), problem.args())));
            String name = rawName == null ? "" : rawName.strip();
            if (name.isEmpty()) {
                problems.add(new FieldProblem("name", "NotBlank"));
            } else if (name.length() > MAX_NAME_LENGTH) {
                problems.add(new FieldProblem("name", "enterprise.name.too-long", MAX_NAME_LENGTH));
            }
            if (!problems.isEmpty()) {
                return Mono.error(PortalException.invalid(problems));
            }
            String uscc = code.codeIfValid().orElseThrow().value();
            return enterpriseFor(uscc, name).flatMap(enterprise -> submit(user, enterprise, name));
        }));
    }

    /** All claims of this user, pending, approved and rejected, oldest first. */
    public Flux<Membership> claimsOf(PortalUser user) {
        return memberships.findByUserIdOrderByRequestedAtAsc(user.id());
    }

    public Flux<Membership> pendingClaims(PortalUser reviewer) {
        return FirmAccess.requireReviewer(reviewer)
                .thenMany(memberships.findByStatusOrderByRequestedAtAsc(Membership.Status.PENDING));
    }

    public Mono<Membership> approve(PortalUser reviewer, String membershipId) {
        return FirmAccess.requireReviewer(reviewer)
                .then(pending(membershipId))
                .flatMap(claim -> verify(claim.enterpriseId())
                        .then(decide(reviewer, claim, Membership.Status.APPROVED, null)));
    }

    public Mono<Membership> reject(PortalUser reviewer, String membershipId, String rawReason) {
        String reason = rawReason == null ? "" : rawReason.strip();
        return FirmAccess.requireReviewer(reviewer).then(Mono.defer(() -> {
            if (reason.isEmpty()) {
                return Mono.error(PortalException.invalid(new FieldProblem("reason", "NotBlank")));
            }
            if (reason.length() > MAX_REASON_LENGTH) {
                return Mono.error(PortalException.invalid(
                        new FieldProblem("reason", "claim.reason.too-long", MAX_REASON_LENGTH)));
            }
            return pending(membershipId).flatMap(claim -> decide(reviewer, claim, Membership.Status.REJECTED, reason));
        }));
    }

    private Mono<Enterprise> enterpriseFor(String uscc, String name) {
        return enterprises.findByUscc(uscc)
                .switchIfEmpty(Mono.defer(() -> enterprises.save(Enterprise.claimed(uscc, name, Instant.now(clock)))))
                // Two first claims of the same new firm race on the unique code: the loser reads the winner's.
                .onErrorResume(DuplicateKeyException.class, e -> enterprises.findByUscc(uscc));
    }

    private Mono<Membership> submit(PortalUser user, Enterprise enterprise, String claimedName) {
        return memberships.findByUserIdAndEnterpriseId(user.id(), enterprise.id())
                .flatMap(existing -> switch (existing.status()) {
                    case PENDING -> Mono.<Membership>error(PortalException.conflict("claim.already-pending"));
                    case APPROVED -> Mono.<Membership>error(PortalException.conflict("claim.already-member"));
                    case REJECTED -> reopen(user, existing, claimedName);
                })
                .switchIfEmpty(Mono.defer(() -> outbox.insert(new Membership(null, user.id(), user.username(),
                        user.displayName(), enterprise.id(), claimedName, Membership.Status.PENDING,
                        Instant.now(clock), null, null, null), claim -> submitted(user, claim, claimedName))))
                .onErrorMap(DuplicateKeyException.class, e -> PortalException.conflict("claim.already-pending"));
    }

    private Mono<Membership> reopen(PortalUser user, Membership rejected, String claimedName) {
        Query stillRejected = Query.query(Criteria.where("_id").is(rejected.id())
                .and("status").is(Membership.Status.REJECTED));
        Update update = new Update().set("status", Membership.Status.PENDING).set("claimedName", claimedName)
                .set("requestedAt", Instant.now(clock)).unset("decidedAt").unset("decidedBy").unset("reason");
        return outbox.update(stillRejected, update, Membership.class, submitted(user, rejected, claimedName))
                .switchIfEmpty(Mono.error(PortalException.conflict("claim.already-pending")));
    }

    private ClaimSubmitted submitted(PortalUser user, Membership claim, String claimedName) {
        return new ClaimSubmitted(header(ClaimSubmitted.TYPE, user, claim), claimedName);
    }

    private Mono<Membership> pending(String membershipId) {
        return memberships.findById(membershipId)
                .switchIfEmpty(Mono.error(PortalException.notFound()))
                .filter(claim -> claim.status() == Membership.Status.PENDING)
                .switchIfEmpty(Mono.error(PortalException.conflict("claim.not-pending")));
    }

    private Mono<Void> verify(String enterpriseId) {
        Query unverified = Query.query(Criteria.where("_id").is(enterpriseId).and("verifiedAt").isNull());
        return mongo.updateFirst(unverified, new Update().set("verifiedAt", Instant.now(clock)), Enterprise.class).then();
    }

    private Mono<Membership> decide(PortalUser reviewer, Membership claim, Membership.Status outcome, String reason) {
        Query stillPending = Query.query(Criteria.where("_id").is(claim.id())
                .and("status").is(Membership.Status.PENDING));
        Update update = new Update().set("status", outcome).set("decidedAt", Instant.now(clock))
                .set("decidedBy", reviewer.id()).set("reason", reason);
        ClaimDecided decided = new ClaimDecided(header(ClaimDecided.typeOf(outcome), reviewer, claim), outcome, reason);
        return outbox.update(stillPending, update, Membership.class, decided)
                .switchIfEmpty(Mono.error(PortalException.conflict("claim.not-pending")));
    }

    private EventHeader header(String type, PortalUser actor, Membership claim) {
        return EventHeader.of(type, actor, "membership", claim.id(), claim.enterpriseId(), clock);
    }
}
