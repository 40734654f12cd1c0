package cn.baiyun.hte.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.springframework.stereotype.Component;

/**
 * Chains with names no other test uses, and firms tagged with them, through the real services (public for the
 * dashboard's drill-down tests).
 */
@Component
public class ChainFixtures {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ChainCatalogue catalogue;
    private final FirmTagService tags;
    private final TestFirms firms;
    private final EnterpriseService enterprises;
    private final Clock clock;

    ChainFixtures(ChainCatalogue catalogue, FirmTagService tags, TestFirms firms, EnterpriseService enterprises,
                  Clock clock) {
        this.catalogue = catalogue;
        this.tags = tags;
        this.firms = firms;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public IndustryChain chain(String cluster) {
        return catalogue.add(Principals.reviewer().user(),
                new ChainDetails(unique("链"), null, cluster, cluster + " cluster", 500, false)).block(TIMEOUT);
    }

    /** A verified firm; with an HTE certificate issued on {@code issued} when it is given. */
    public String firm(LocalDate issued) {
        String id = firms.approvedFirm(Principals.firmUser("owner"), unique("链上企业"));
        if (issued != null) {
            var stored = firms.stored(id);
            var p = stored.profile();
            enterprises.updateProfile(Principals.reviewer().user(), id, new EnterpriseProfile(p.name(),
                    LocalDate.of(2015, 3, 1), p.address(), p.district(), p.technicalField(), p.residentEnterprise(),
                    p.industrial(), p.aboveDesignatedSize(), p.specialized(),
                    new HteCertificate("GR" + issued.getYear() + "52000001", issued), p.techSme(),
                    LifecycleStage.HIGH_TECH_ENTERPRISE, p.contacts()), IfMatch.unconditional()).block(TIMEOUT);
        }
        return id;
    }

    public FirmTags tag(String enterpriseId, IndustryChain chain, FirmFlag... flags) {
        return tags.tag(Principals.reviewer().user(), enterpriseId,
                new TagDetails(chain == null ? null : chain.id(), List.of(flags)), IfMatch.unconditional())
                .block(TIMEOUT);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
