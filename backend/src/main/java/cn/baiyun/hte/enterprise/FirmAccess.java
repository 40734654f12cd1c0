package cn.baiyun.hte.enterprise;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one answer to "may this caller act on this firm?". Roles that never deal with firm data get
 * 403; a firm user asking for a firm they are not an approved member of gets 404, exactly as if the
 * firm did not exist, so ids cannot be probed. A client bound to a firm (a firm's own software, its token
 * naming the firm's USCC) is treated like a member of that one firm for what its scopes allow, and gets
 * the same 404 for any other firm; it never acts as a person would (submitting is for people).
 */
@Component
public class FirmAccess {

    private final ReactiveMongoTemplate mongo;
    private final RecentlyApprovedMembers recentlyApproved;

    FirmAccess(ReactiveMongoTemplate mongo, RecentlyApprovedMembers recentlyApproved) {
        this.mongo = mongo;
        this.recentlyApproved = recentlyApproved;
    }

    /** Passes for reviewers, clients holding {@value Scopes#ENTERPRISES_READ}, and approved members. */
    public Mono<Void> requireRead(PortalUser user, String enterpriseId) {
        return requireRead(user, enterpriseId, Scopes.ENTERPRISES_READ);
    }

    /**
     * Passes for reviewers, clients holding {@code scope} (a bound client only for its own firm), and approved
     * members.
     */
    public Mono<Void> requireRead(PortalUser user, String enterpriseId, String scope) {
        if (user.client() && user.hasScope(scope)) {
            return user.boundToFirm() ? requireBoundTo(user, enterpriseId) : Mono.empty();
        }
        if (user.isReviewer()) {
            return Mono.empty();
        }
        return requireMember(user, enterpriseId);
    }

    /** Passes for approved members only: what a firm declares and submits, only its people may. */
    public Mono<Void> requireFirmMember(PortalUser user, String enterpriseId) {
        return requireMember(user, enterpriseId);
    }

    /**
     * Passes for approved members and for the firm's own software: a client bound to this firm holding
     * {@value Scopes#FILINGS_WRITE}. For the drafts such software fills in (financials, R&amp;D spend, staff).
     */
    public Mono<Void> requireMemberOrFirmSoftware(PortalUser user, String enterpriseId) {
        return firmSoftware(user) ? requireBoundTo(user, enterpriseId) : requireMember(user, enterpriseId);
    }

    /** Passes for reviewers and approved members; clients have no write scope for firm profiles. */
    public Mono<Void> requireWrite(PortalUser user, String enterpriseId) {
        if (user.isReviewer() && !user.client()) {
            return Mono.empty();
        }
        return requireMember(user, enterpriseId);
    }

    /** {@link #requireWrite}, and also the firm's own software ({@link #requireMemberOrFirmSoftware}). */
    public Mono<Void> requireWriteOrFirmSoftware(PortalUser user, String enterpriseId) {
        return firmSoftware(user) ? requireBoundTo(user, enterpriseId) : requireWrite(user, enterpriseId);
    }

    private static boolean firmSoftware(PortalUser user) {
        return user.client() && user.boundToFirm() && user.hasScope(Scopes.FILINGS_WRITE);
    }

    /** A bound client asking about any other firm learns no more than about a firm that does not exist. */
    private Mono<Void> requireBoundTo(PortalUser client, String enterpriseId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(enterpriseId).and("uscc").is(client.firmUscc())),
                        Enterprise.class)
                .filter(Boolean::booleanValue)
                .switchIfEmpty(Mono.error(PortalException::notFound))
                .then();
    }

    private Mono<Void> requireMember(PortalUser user, String enterpriseId) {
        if (!user.has(PortalRole.ENTERPRISE)) {
            return Mono.error(PortalException.forbidden());
        }
        return Mono.deferContextual(context -> ReaderFirms.of(context, user)
                        .map(memo -> memo.isApprovedMember(enterpriseId))
                        .orElseGet(() -> isApprovedMember(user, enterpriseId)).filter(Boolean::booleanValue))
                .switchIfEmpty(Mono.error(PortalException::notFound))
                .then();
    }

    /**
     * Asked of the database as whether such a document exists, not read through the repository: no
     * membership is mapped. The API's firm-scoped calls make this check on every call; a "yes" is remembered
     * for ten seconds ({@link RecentlyApprovedMembers}).
     */
    private Mono<Boolean> isApprovedMember(PortalUser user, String enterpriseId) {
        return recentlyApproved.isApprovedMember(user.id(), enterpriseId, Mono.defer(() -> mongo.exists(
                Query.query(Criteria.where("userId").is(user.id()).and("enterpriseId").is(enterpriseId)
                        .and("status").is(Membership.Status.APPROVED)), Membership.class)));
    }

    static Mono<Void> requireReviewer(PortalUser user) {
        return user.isReviewer() ? Mono.empty() : Mono.error(PortalException.forbidden());
    }

    static Mono<Void> requireEnterpriseUser(PortalUser user) {
        return user.has(PortalRole.ENTERPRISE) && !user.client() ? Mono.empty() : Mono.error(PortalException.forbidden());
    }
}
