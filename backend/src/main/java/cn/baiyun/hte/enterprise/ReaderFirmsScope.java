package cn.baiyun.hte.enterprise;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Makes a piece of work one reader's unit, as a page request is ({@link ReaderFirmsFilter}): its access
 * checks and firm lists share one membership query and one query for the firms' records
 * ({@link ReaderFirms}). Only for work that does not change its reader's memberships: an approval made
 * inside it would not be seen by the checks that follow.
 */
@Component
public class ReaderFirmsScope {

    private final MembershipRepository memberships;
    private final EnterpriseRepository enterprises;

    ReaderFirmsScope(MembershipRepository memberships, EnterpriseRepository enterprises) {
        this.memberships = memberships;
        this.enterprises = enterprises;
    }

    public <T> Mono<T> around(Mono<T> work) {
        return work.contextWrite(context -> context.put(ReaderFirms.class, new ReaderFirms(memberships, enterprises)));
    }
}
