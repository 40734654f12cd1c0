package cn.baiyun.hte.platform.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.enterprise.Contact;
import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.enterprise.SpecializedCertificate;
import cn.baiyun.hte.enterprise.TechSmeRegistration;
import cn.baiyun.hte.platform.audit.ShownEvent.ShownChange;
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
    @Autowired
    ChangeHistory history;

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

    @Test
    void theHistoryShowsEachValueAsAPersonReadsItNotAsItWasRecorded() {
        Principals member = Principals.firmUser("history-reader");
        String firm = firms.approvedFirm(member, "变更记录测试公司");
        var current = enterprises.find(member.user(), firm).block().profile();
        var changed = new EnterpriseProfile("变更记录测试公司", current.registrationDate(), current.address(),
                current.district(), "8.4.2", true, false, current.aboveDesignatedSize(),
                new SpecializedCertificate(SpecializedCertificate.Level.PROVINCIAL, "省工信厅", LocalDate.of(2024, 6, 1),
                        LocalDate.of(2027, 5, 31)),
                new HteCertificate("GR202352000456", LocalDate.of(2023, 11, 20)),
                new TechSmeRegistration("202552011300123", 2025), LifecycleStage.HIGH_TECH_ENTERPRISE,
                List.of(new Contact("李明", "总经理", "0851-84600001", null), new Contact("王芳", null, null, "wf@example.cn")));
        enterprises.updateProfile(member.user(), firm, changed, IfMatch.unconditional()).block();

        List<ShownChange> chinese = history.ofEnterprise(firm, 1, Locale.SIMPLIFIED_CHINESE).block().get(0).changes();
        assertThat(chinese).contains(
                new ShownChange("technicalField", null, "8.4.2 机器人"),
                new ShownChange("residentEnterprise", null, "是"),
                new ShownChange("industrial", null, "否"),
                new ShownChange("specialized", null, "省级专精特新中小企业，省工信厅颁发，有效期 2024-06-01 至 2027-05-31"),
                new ShownChange("hteCertificate", null, "证书编号 GR202352000456，发证日期 2023-11-20，有效期至 2026-11-19"),
                new ShownChange("techSme", null, "入库登记编号 202552011300123（2025年）"),
                new ShownChange("lifecycleStage", "注册企业", "高新技术企业"),
                new ShownChange("contacts", null, "李明（总经理，0851-84600001，—）；王芳（—，—，wf@example.cn）"));
        List<ShownChange> english = history.ofEnterprise(firm, 1, Locale.ENGLISH).block().get(0).changes();
        assertThat(english).contains(new ShownChange("lifecycleStage", "Registered firm", "High-tech enterprise"),
                new ShownChange("technicalField", null, "8.4.2 Robots"),
                new ShownChange("contacts", null, "李明 (总经理, 0851-84600001, —); 王芳 (—, —, wf@example.cn)"));
    }
}
