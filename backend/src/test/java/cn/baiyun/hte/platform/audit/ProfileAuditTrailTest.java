package cn.baiyun.hte.platform.audit;

import java.util.List;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ProfileAuditTrailTest {

    @Autowired
    TestFirms firms;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    AuditLog audit;

    @Test
    void claimDecisionAndEveryProfileChangeAreRecordedWithWhoWhenAndWhat() {
        Principals member = Principals.firmUser("audited");
        String firm = firms.approvedFirm(member, "审计测试公司");
        var current = enterprises.find(member.user(), firm).block().profile();
        var changed = new cn.baiyun.hte.enterprise.EnterpriseProfile("审计测试公司", current.registrationDate(),
                "白云区新地址", current.district(), "5.3.2", current.residentEnterprise(), current.industrial(),
                current.aboveDesignatedSize(), null, null, null, LifecycleStage.TECH_BASED_SME, List.of());

        enterprises.updateProfile(member.user(), firm, changed, IfMatch.unconditional()).block();

        List<AuditEvent> trail = audit.ofEnterprise(firm, 10).collectList().block();
        assertThat(trail).extracting(AuditEvent::action)
                .containsExactly("enterprise.profile.updated", "claim.approved", "claim.submitted");
        AuditEvent update = trail.get(0);
        assertThat(update.actorId()).isEqualTo(member.user().id());
        assertThat(update.occurredAt()).isNotNull();
        assertThat(update.changes()).extracting(FieldChange::field)
                .containsExactlyInAnyOrder("address", "technicalField", "lifecycleStage");
        assertThat(update.changes()).contains(new FieldChange("technicalField", null, "5.3.2"));
    }
}
