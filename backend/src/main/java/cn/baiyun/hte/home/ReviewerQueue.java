package cn.baiyun.hte.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.coaching.CoachingService;
import cn.baiyun.hte.enterprise.ClaimService;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.PoolOverview;
import cn.baiyun.hte.pool.PoolOverview.DeadlineAlert;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What waits for the bureau: counted, each with the page where it is done. */
@Component
class ReviewerQueue {

    /**
     * @param deadlines the deadlines of this year's cycle (and, late in December, of next year's) within 14
     *                  days, or passed with their step not done: see {@link PoolOverview#deadlineAlerts}
     */
    public record Queue(long pendingClaims, long submittedFilings, long overdueFollowUps, List<DeadlineAlert> deadlines) {

        public boolean empty() {
            return pendingClaims == 0 && submittedFilings == 0 && overdueFollowUps == 0 && deadlines.isEmpty();
        }
    }

    private final ClaimService claims;
    private final FilingService filings;
    private final CoachingService coaching;
    private final PoolOverview pool;
    private final Clock clock;

    ReviewerQueue(ClaimService claims, FilingService filings, CoachingService coaching, PoolOverview pool,
                  Clock clock) {
        this.claims = claims;
        this.filings = filings;
        this.coaching = coaching;
        this.pool = pool;
        this.clock = clock;
    }

    Mono<Queue> of(PortalUser reviewer) {
        return Mono.zip(claims.pendingClaims(reviewer).count(),
                        filings.count(reviewer, FilingStatus.SUBMITTED),
                        coaching.overdueFollowUps(reviewer),
                        pool.deadlineAlerts(reviewer, LocalDate.now(clock)).collectList())
                .map(found -> new Queue(found.getT1(), found.getT2(), found.getT3(), found.getT4()));
    }
}
