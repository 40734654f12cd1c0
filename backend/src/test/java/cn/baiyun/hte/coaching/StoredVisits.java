package cn.baiyun.hte.coaching;

import java.time.Duration;
import java.util.List;

import cn.baiyun.hte.support.Principals;
import org.springframework.stereotype.Component;

/** A firm's visits as stored now, read with a reviewer's rights, to compare before and after a request. */
@Component
class StoredVisits {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final CoachingService coaching;

    StoredVisits(CoachingService coaching) {
        this.coaching = coaching;
    }

    List<CoachingVisit> of(String enterpriseId) {
        return coaching.visitsOf(Principals.reviewer().user(), enterpriseId).collectList().block(TIMEOUT);
    }

    CoachingVisit only(String enterpriseId) {
        List<CoachingVisit> visits = of(enterpriseId);
        if (visits.size() != 1) {
            throw new AssertionError("expected one visit, found " + visits.size());
        }
        return visits.get(0);
    }
}
