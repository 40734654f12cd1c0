package cn.baiyun.hte.referral;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** Records departments' referrals and answers which firms a department referred. */
@Service
public class ReferralService {

    private final ReferralRepository referrals;

    ReferralService(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    /** The firms a department referred, for filtering the pool by referring department. */
    public Flux<String> enterpriseIdsReferredBy(String department) {
        return referrals.findByDepartment(department).map(Referral::enterpriseId).distinct();
    }
}
