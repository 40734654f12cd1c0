package cn.baiyun.hte.referral;

import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** A demo referral for the run command's demo data, made through the same rules as the page. */
@Component
public class ReferralDemo {

    private final ReferralService referrals;

    ReferralDemo(ReferralService referrals) {
        this.referrals = referrals;
    }

    /** The officer's department refers the firm with this code, as a newly recognised 专精特新 firm. */
    public Mono<Void> seedReferral(PortalUser officer, String uscc, String firmName) {
        return referrals.refer(officer, new ReferralRequest(uscc, firmName,
                "2025 年新认定的专精特新中小企业，研发投入增长快，建议纳入培育库")).then();
    }
}
