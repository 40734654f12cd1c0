package cn.baiyun.hte.support;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import cn.baiyun.hte.enterprise.ClaimService;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.Membership;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import org.springframework.stereotype.Component;

/** Makes firms and claims through the real services, with fresh valid codes so tests never collide. */
@Component
public class TestFirms {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ClaimService claims;
    private final EnterpriseService enterprises;

    TestFirms(ClaimService claims, EnterpriseService enterprises) {
        this.claims = claims;
        this.enterprises = enterprises;
    }

    public static String newUscc() {
        StringBuilder prefix = new StringBuilder("91520113");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            prefix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return UnifiedSocialCreditCode.withCheckCharacter(prefix.toString()).value();
    }

    /** A verified firm with {@code owner} as its approved member; returns the firm's id. */
    public String approvedFirm(Principals owner, String name) {
        Membership claim = pendingClaim(owner, newUscc(), name);
        return claims.approve(Principals.reviewer().user(), claim.id()).block(TIMEOUT).enterpriseId();
    }

    /** The firm as stored now, read with a reviewer's rights. */
    public Enterprise stored(String enterpriseId) {
        return enterprises.find(Principals.reviewer().user(), enterpriseId).block(TIMEOUT);
    }

    public Membership pendingClaim(Principals claimant, String uscc, String name) {
        return claims.claim(claimant.user(), uscc, name).block(TIMEOUT);
    }
}
