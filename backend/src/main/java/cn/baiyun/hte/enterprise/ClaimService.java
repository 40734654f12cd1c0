package cn.baiyun.hte.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.InputText;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Firm users claim firms; reviewers approve or reject the claims. Each decision is one conditional
 * update guarded by the claim still being pending, so two reviewers cannot both decide it. A claim may
 * carry a document (business licence, authorisation letter): its file is stored before the claim is
 * saved, once the claim's fields have passed, and dropped again if saving the claim fails; only the
 * claimant and reviewers may read it.
 */
@Service
public class ClaimService {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_REASON_LENGTH = 500;

    private final EnterpriseRepository enterprises;
    private final MembershipRepository memberships;
    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final ClaimDocuments documents;
    private final Clock clock;

    ClaimService(EnterpriseRepository enterprises, MembershipRepository memberships, ReactiveMongoTemplate mongo,
                 Outbox outbox, ClaimDocuments documents, Clock clock) {
        this.enterprises = enterprises;
        this.memberships = memberships;
        this.mongo = mongo;
        this.outbox = outbox;
        this.documents = documents;
        this.clock = clock;
    }

    public Mono<Membership> claim(PortalUser user, String rawUscc, String rawName) {
        return claim(user, rawUscc, rawName, ClaimUpload.NONE);
    }

    /** A claim with the document sent with it, if any; nothing is stored unless the whole claim passes. */
    public Mono<Membership> claim(PortalUser user, String rawUscc, String rawName, ClaimUpload upload) {
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
            } else if (!InputText.acceptable(name)) {
                // the page's claim form is multipart, which no binder reads: its name is checked here
                problems.add(new FieldProblem("name", InputText.CONTROL_CHARACTER_KEY));
            }
            ClaimDocumentKind kind = documentKind(upload, problems);
            if (!problems.isEmpty()) {
                return Mono.error(PortalException.invalid(problems));
            }
            String uscc = code.codeIfValid().orElseThrow().value();
            return submit(user, uscc, name, kind, upload);
        }));
    }

    /**
     * Replaces the document of the caller's own pending claim (or gives it one). A claim that is not the
     * caller's is not found, exactly as one that does not exist.
     */
    public Mono<Membership> attach(PortalUser user, String claimId, ClaimUpload upload) {
        return FirmAccess.requireEnterpriseUser(user)
                .then(Mono.defer(() -> ownClaim(user, claimId)))
                .filter(claim -> claim.status() == Membership.Status.PENDING)
                .switchIfEmpty(Mono.error(PortalException.conflict("claim.not-pending")))
                .flatMap(claim -> {
                    List<FieldProblem> problems = new ArrayList<>();
                    ClaimDocumentKind kind = documentKind(upload, problems);
                    if (!upload.hasFile() && problems.isEmpty()) {
                        problems.add(new FieldProblem(ClaimUpload.FILE, "claim.document.required"));
                    }
                    if (!problems.isEmpty()) {
                        return Mono.error(PortalException.invalid(problems));
                    }
                    Query stillPending = Query.query(Criteria.where("_id").is(claim.id()).and("userId").is(user.id())
                            .and("status").is(Membership.Status.PENDING));
                    return documents.store(user, kind, upload.filename(), upload.content())
                            .flatMap(document -> mongo.findAndModify(stillPending, new Update().set("document", document),
                                            FindAndModifyOptions.options().returnNew(true), Membership.class)
                                    .switchIfEmpty(Mono.error(PortalException.conflict("claim.not-pending")))
                                    .onErrorResume(error -> documents.remove(document).then(Mono.error(error))))
                            .flatMap(attached -> documents.remove(claim.document()).thenReturn(attached));
                });
    }

    /**
     * The document of a claim as a download, for its claimant and for reviewers. Other firm users get
     * 404 as for a claim that does not exist; roles that never claim firms get 403.
     */
    public Mono<ResponseEntity<Flux<DataBuffer>>> document(PortalUser user, String claimId) {
        Mono<Membership> claim = user.isReviewer()
                ? memberships.findById(claimId).switchIfEmpty(Mono.error(PortalException.notFound()))
                : FirmAccess.requireEnterpriseUser(user).then(Mono.defer(() -> ownClaim(user, claimId)));
        return claim.filter(found -> found.document() != null)
                .switchIfEmpty(Mono.error(PortalException.notFound()))
                .map(found -> documents.download(found.document()));
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

    /**
     * The kind of the document sent with a claim; null when none was sent. A kind without a file, or a
     * file without a kind, is a mistake to point out rather than a claim without a document.
     */
    private static ClaimDocumentKind documentKind(ClaimUpload upload, List<FieldProblem> problems) {
        boolean noKind = upload.kind() == null || upload.kind().isBlank();
        if (noKind) {
            if (upload.hasFile()) {
                problems.add(new FieldProblem(ClaimUpload.KIND, "claim.document.kind.required"));
            }
            return null;
        }
        ClaimDocumentKind kind = null;
        for (ClaimDocumentKind k : ClaimDocumentKind.values()) {
            if (k.name().equals(upload.kind().strip())) {
                kind = k;
            }
        }
        if (kind == null) {
            problems.add(new FieldProblem(ClaimUpload.KIND, "claim.document.kind.unknown"));
        } else if (!upload.hasFile()) {
            problems.add(new FieldProblem(ClaimUpload.FILE, "claim.document.required"));
        }
        return kind;
    }

    private Mono<Membership> ownClaim(PortalUser user, String claimId) {
        return memberships.findById(claimId)
                .filter(claim -> claim.userId().equals(user.id()))
                .switchIfEmpty(Mono.error(PortalException.notFound()));
    }

    /**
     * Refuses a claim that is pending or approved already before the document's file is read, then
     * stores the file, and only then makes the firm (on its first claim) and saves the claim: a refused
     * file leaves neither a firm nor a claim behind, and a claim that cannot be saved takes its file with it.
     */
    private Mono<Membership> submit(PortalUser user, String uscc, String claimedName, ClaimDocumentKind kind,
                                    ClaimUpload upload) {
        return enterprises.findByUscc(uscc)
                .flatMap(enterprise -> memberships.findByUserIdAndEnterpriseId(user.id(), enterprise.id())
                        .flatMap(existing -> switch (existing.status()) {
                            case PENDING -> Mono.<Optional<Membership>>error(PortalException.conflict("claim.already-pending"));
                            case APPROVED -> Mono.<Optional<Membership>>error(PortalException.conflict("claim.already-member"));
                            case REJECTED -> Mono.just(Optional.of(existing));
                        }))
                .defaultIfEmpty(Optional.empty())
                .flatMap(rejected -> (kind == null ? Mono.<ClaimDocument>empty()
                        : documents.store(user, kind, upload.filename(), upload.content()))
                        .map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(document -> enterpriseFor(uscc, claimedName)
                                .flatMap(enterprise -> save(user, enterprise, claimedName, rejected, document.orElse(null)))
                                .onErrorResume(error -> documents.remove(document.orElse(null)).then(Mono.error(error)))));
    }

    private Mono<Membership> save(PortalUser user, Enterprise enterprise, String claimedName,
                                  Optional<Membership> rejected, ClaimDocument document) {
        if (rejected.isPresent()) {
            return reopen(user, rejected.get(), claimedName, document)
                    .flatMap(reopened -> documents.remove(rejected.get().document()).thenReturn(reopened));
        }
        return outbox.insert(new Membership(null, user.id(), user.username(), user.displayName(), enterprise.id(),
                        claimedName, Membership.Status.PENDING, Instant.now(clock), null, null, null, document),
                        claim -> submitted(user, claim, claimedName))
                .onErrorMap(DuplicateKeyException.class, e -> PortalException.conflict("claim.already-pending"));
    }

    private Mono<Membership> reopen(PortalUser user, Membership rejected, String claimedName, ClaimDocument document) {
        Query stillRejected = Query.query(Criteria.where("_id").is(rejected.id())
                .and("status").is(Membership.Status.REJECTED));
        Update update = new Update().set("status", Membership.Status.PENDING).set("claimedName", claimedName)
                .set("requestedAt", Instant.now(clock)).unset("decidedAt").unset("decidedBy").unset("reason");
        if (document == null) {
            update.unset("document");
        } else {
            update.set("document", document);
        }
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
