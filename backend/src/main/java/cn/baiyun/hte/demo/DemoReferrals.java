package cn.baiyun.hte.demo;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.referral.ReferralImports;
import cn.baiyun.hte.referral.ReferralItem;
import cn.baiyun.hte.referral.ReferralService;
import cn.baiyun.hte.referral.ReferralStatus;
import cn.baiyun.hte.referral.ReferralStatusChange;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The referrals' follow-up once the pool is in place: the published tiers have put referred firms in the pool
 * already (the pool tells the referrals); of those still received, the bureau contacted some and declined one
 * with a reason; and 工信局 imported a list with a duplicate and two rows in error, so that the departments'
 * pages, the import report and the joint meeting's count all have something to show, dated today.
 */
final class DemoReferrals {

    static final int CONTACTED = 3;
    static final String DECLINE_REASON = "企业主营为商贸流通，近三年无研发活动，暂不具备培育条件";
    static final String IMPORT_FILE = "工信局第四季度推荐名单.csv";

    private final ReferralService referrals;
    private final ReferralImports imports;
    private final PortalUser reviewer;

    DemoReferrals(ReferralService referrals, ReferralImports imports, PortalUser reviewer) {
        this.referrals = referrals;
        this.imports = imports;
        this.reviewer = reviewer;
    }

    Mono<Void> seed() {
        return referrals.latest(reviewer, 200)
                .filter(item -> item.status() == ReferralStatus.RECEIVED)
                .sort(Comparator.comparing(ReferralItem::uscc))
                .take(CONTACTED + 1L)
                .index()
                .concatMap(numbered -> referrals.changeStatus(reviewer, numbered.getT2().id(),
                        numbered.getT1() < CONTACTED ? new ReferralStatusChange(ReferralStatus.CONTACTED, null)
                                : new ReferralStatusChange(ReferralStatus.DECLINED, DECLINE_REASON)))
                .then(importedList());
    }

    /**
     * 工信局's list: two pool firms other departments referred (imported), firm B (which 工信局 referred
     * already: a duplicate), a code with a wrong check character and a row without the firm's name.
     */
    private Mono<Void> importedList() {
        List<DemoPoolFirm> others = DemoPoolFirm.all().stream()
                .filter(firm -> firm.department() != null && !DemoPoolFirm.GXJ.equals(firm.department()))
                .limit(4).toList();
        String wrongCheck = others.get(2).uscc().substring(0, 17) + (others.get(2).uscc().endsWith("1") ? "2" : "1");
        String csv = "\uFEFF统一社会信用代码,企业名称,推荐理由,联系人\r\n"
                + others.get(0).uscc() + "," + others.get(0).name() + ",工信局技改项目企业,王科长 0851-84000001\r\n"
                + others.get(1).uscc() + "," + others.get(1).name() + ",省级专精特新企业,\r\n"
                + DemoData.FIRM_B_USCC + ",贵阳白云数智软件有限公司,重复推荐,\r\n"
                + wrongCheck + "," + others.get(2).name() + ",,\r\n"
                + others.get(3).uscc() + ",,缺少企业名称,\r\n";
        Flux<DataBuffer> content = Flux.just(DefaultDataBufferFactory.sharedInstance
                .wrap(csv.getBytes(StandardCharsets.UTF_8)));
        return imports.start(DemoPoolFirms.officer(DemoPoolFirm.GXJ), IMPORT_FILE, content).then();
    }
}
