package cn.baiyun.hte.enterprise;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.baiyun.hte.platform.security.PortalUser;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * What one page request has learnt about its reader's firms: the approved memberships and those firms'
 * records, each asked of the database at most once per request. A page asks the same questions several
 * times (the access check of the page, again of each part it shows, and the header's list of firms to
 * switch between); the answers cannot change in a way that matters within one request, and the next
 * request asks again, so an approval or a refusal takes effect with the next page as before. It lives in
 * the request's Reactor context ({@link ReaderFirmsFilter}, {@link ReaderFirmsScope}) and only for one
 * reader: asked about anyone else, it answers nothing and the caller asks the database itself.
 */
final class ReaderFirms {

    private final MembershipRepository memberships;
    private final EnterpriseRepository enterprises;
    private String userId;
    private Mono<List<Membership>> approved;
    private Mono<Map<String, Enterprise>> firms;

    ReaderFirms(MembershipRepository memberships, EnterpriseRepository enterprises) {
        this.memberships = memberships;
        this.enterprises = enterprises;
    }

    /**
     * The request's memo, if this request has one and it is about {@code user}; the first firm user who
     * asks is the one it is about. Only firm users have memberships: anyone else asks the database.
     */
    static Optional<ReaderFirms> of(ContextView context, PortalUser user) {
        return context.<ReaderFirms>getOrEmpty(ReaderFirms.class)
                .filter(memo -> user.isFirmUser() && memo.isAbout(user));
    }

    private synchronized boolean isAbout(PortalUser user) {
        if (userId == null) {
            userId = user.id();
        }
        return userId.equals(user.id());
    }

    /** The reader's approved memberships, in the order they were asked for. */
    synchronized Mono<List<Membership>> approvedMemberships() {
        if (approved == null) {
            approved = memberships.findByUserIdOrderByRequestedAtAsc(userId).filter(Membership::approved)
                    .collectList().cache();
        }
        return approved;
    }

    /** Whether the reader is an approved member of the firm. */
    Mono<Boolean> isApprovedMember(String enterpriseId) {
        return approvedMemberships().map(list -> list.stream().anyMatch(m -> m.enterpriseId().equals(enterpriseId)));
    }

    /** The firms the reader is an approved member of, in the order they joined, in one query. */
    Mono<List<Enterprise>> approvedFirms() {
        return records().zipWith(approvedMemberships(), (byId, joined) -> joined.stream()
                .map(m -> byId.get(m.enterpriseId()))
                .filter(firm -> firm != null)
                .toList());
    }

    /** The firm's record if the reader is an approved member of it; empty otherwise. */
    Mono<Enterprise> approvedFirm(String enterpriseId) {
        return records().mapNotNull(byId -> byId.get(enterpriseId));
    }

    private synchronized Mono<Map<String, Enterprise>> records() {
        if (firms == null) {
            firms = approvedMemberships()
                    .flatMap(joined -> joined.isEmpty() ? Mono.just(Map.<String, Enterprise>of())
                            : enterprises.findAllById(joined.stream().map(Membership::enterpriseId).toList())
                                    .collect(Collectors.toMap(Enterprise::id, Function.identity())))
                    .cache();
        }
        return firms;
    }
}
