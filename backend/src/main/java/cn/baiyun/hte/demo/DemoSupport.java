package cn.baiyun.hte.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.baiyun.hte.chain.ChainCatalogue;
import cn.baiyun.hte.chain.FirmFlag;
import cn.baiyun.hte.chain.FirmTagService;
import cn.baiyun.hte.chain.IndustryChain;
import cn.baiyun.hte.chain.TagDetails;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.relocation.HteStatusAtArrival;
import cn.baiyun.hte.relocation.Milestone;
import cn.baiyun.hte.relocation.RelocationDetails;
import cn.baiyun.hte.relocation.RelocationService;
import cn.baiyun.hte.relocation.SupportPackage;
import cn.baiyun.hte.subsidy.RateDetails;
import cn.baiyun.hte.subsidy.SubsidyEvent;
import cn.baiyun.hte.subsidy.SubsidySchedule;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The demo's chains, relocation and subsidies, through the same services people use: firm A leads the high-end
 * equipment chain and firm B (tagged by 工信局's officer) prepares a listing in software; a dozen pool firms on the
 * plan's chains; one firm relocated from Shenzhen six weeks ago with one milestone overdue, one done and one
 * coming; and this year's subsidy schedule. Dates count from today.
 */
final class DemoSupport {

    /** The relocating firm, listed by its code as a reviewer's record of it lists it. */
    static final String RELOCATED_USCC = UnifiedSocialCreditCode.withCheckCharacter("91520113MA6J8XY4D").value();
    static final String RELOCATED_NAME = "贵阳白云云迁软件有限公司";
    private static final int TAGGED_POOL_FIRMS = 12;

    private final ChainCatalogue catalogue;
    private final FirmTagService tags;
    private final RelocationService relocations;
    private final SubsidySchedule schedule;
    private final EnterpriseService enterprises;
    private final PortalUser reviewer;
    private final PortalUser officer;
    private final Clock clock;

    DemoSupport(ChainCatalogue catalogue, FirmTagService tags, RelocationService relocations,
                SubsidySchedule schedule, EnterpriseService enterprises, PortalUser reviewer, PortalUser officer,
                Clock clock) {
        this.catalogue = catalogue;
        this.tags = tags;
        this.relocations = relocations;
        this.schedule = schedule;
        this.enterprises = enterprises;
        this.reviewer = reviewer;
        this.officer = officer;
        this.clock = clock;
    }

    Mono<Void> seed(String firmA, String firmB, Map<String, DemoPoolFirm> pool) {
        return catalogue.chains(reviewer).collectList().flatMap(chains -> {
            Map<String, IndustryChain> byName = chains.stream()
                    .collect(Collectors.toMap(IndustryChain::nameZh, Function.identity()));
            List<String> poolFirms = pool.entrySet().stream()
                    .sorted(Comparator.comparingInt(firm -> firm.getValue().number()))
                    .map(Map.Entry::getKey).limit(TAGGED_POOL_FIRMS).toList();
            return tag(reviewer, firmA, byName.get("高端装备制造"), FirmFlag.LEADING)
                    .then(tag(officer, firmB, byName.get("软件和信息技术服务"), FirmFlag.LISTING_CANDIDATE))
                    .then(Flux.range(0, poolFirms.size()).concatMap(i -> tag(i % 3 == 0 ? officer : reviewer,
                            poolFirms.get(i), chains.get(i % chains.size()),
                            i == 4 ? new FirmFlag[] {FirmFlag.LISTED} : new FirmFlag[0])).then())
                    .then(relocation())
                    .then(subsidies());
        });
    }

    private Mono<Void> tag(PortalUser who, String enterpriseId, IndustryChain chain, FirmFlag... flags) {
        return tags.tag(who, enterpriseId, new TagDetails(chain.id(), List.of(flags)), IfMatch.unconditional()).then();
    }

    /** Moved in six weeks ago: the space was due ten days ago and is not handed over yet; funding follows. */
    private Mono<Void> relocation() {
        LocalDate today = LocalDate.now(clock);
        LocalDate arrived = today.minusWeeks(6);
        return enterprises.withCode(UnifiedSocialCreditCode.of(RELOCATED_USCC), RELOCATED_NAME)
                .flatMap(firm -> relocations.record(reviewer, firm.id(), new RelocationDetails("广东省深圳市南山区",
                        arrived, HteStatusAtArrival.CERTIFIED,
                        new SupportPackage(new BigDecimal("2000"), "白云区大数据产业园 3 号楼 5 层（三年免租）",
                                new BigDecimal("3000000.00"), "核心研发团队 5 人纳入区人才公寓保障，给予一次性安家补贴"),
                        List.of(new Milestone(null, "签订落户协议", arrived, arrived),
                                new Milestone(null, "产业用房交付", today.minusDays(10), null),
                                new Milestone(null, "首笔专项资助拨付（100 万元）", today.plusDays(20), null)))))
                .then();
    }

    private Mono<Void> subsidies() {
        int year = LocalDate.now(clock).getYear();
        String source = "白云区高新技术企业培育后补助办法（" + year + " 年）";
        return Flux.just(
                        new RateDetails(year, SubsidyEvent.FIRST_RECOGNITION, new BigDecimal("200000"),
                                new BigDecimal("4000000"), source),
                        new RateDetails(year, SubsidyEvent.RE_RECOGNITION, new BigDecimal("100000"), null, source),
                        new RateDetails(year, SubsidyEvent.RELOCATION, new BigDecimal("500000"),
                                new BigDecimal("1500000"), "白云区招商引资“一企一策”扶持办法"),
                        new RateDetails(year, SubsidyEvent.POOL_ENTRY, new BigDecimal("20000"), null, source))
                .concatMap(rate -> schedule.add(reviewer, rate))
                .then();
    }
}
