package cn.baiyun.hte.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.baiyun.hte.chain.ChainCatalogue;
import cn.baiyun.hte.chain.FirmTagService;
import cn.baiyun.hte.chain.TagDetails;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.referral.ReferralRequest;
import cn.baiyun.hte.referral.ReferralService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Recognised firms behind the dashboard's breakdowns, so that their "recognised" and "HTE" columns are not all
 * zero: every partner department that refers pool firms also referred one of {@link DemoProgramme}'s HTEs whose
 * certificate ends next year (for re-recognition coaching), and every listed industry chain has one of its HTEs
 * recognised last year or since. Through the same services people use; the certificates' dates follow today.
 */
final class DemoContributions {

    static final String NOTE = "高企证书明年到期，推荐纳入重新认定培育";

    private final ReferralService referrals;
    private final ChainCatalogue chains;
    private final FirmTagService tags;
    private final PortalUser reviewer;
    private final LocalDate today;

    DemoContributions(ReferralService referrals, ChainCatalogue chains, FirmTagService tags, PortalUser reviewer,
                      LocalDate today) {
        this.referrals = referrals;
        this.chains = chains;
        this.tags = tags;
        this.reviewer = reviewer;
        this.today = today;
    }

    /** {@code programme}: the demo's recognised firms and tech-based SMEs, as {@link DemoProgramme#seed()} made them. */
    Mono<Void> seed(List<Enterprise> programme) {
        List<Enterprise> endingNextYear = programme.stream().filter(firm -> endsIn(firm, today.getYear() + 1)).toList();
        List<Enterprise> recent = programme.stream().filter(firm -> certificate(firm) != null
                && !certificate(firm).issueDate().isBefore(LocalDate.of(today.getYear() - 1, 1, 1))
                && !certificate(firm).validUntil().isBefore(today)).toList();
        List<String> departments = DemoPoolFirm.all().stream().map(DemoPoolFirm::department)
                .filter(Objects::nonNull).distinct().sorted().toList();
        Flux<Void> referred = Flux.range(0, Math.min(departments.size(), endingNextYear.size()))
                .concatMap(i -> referrals.refer(DemoPoolFirms.officer(departments.get(i)), new ReferralRequest(
                        endingNextYear.get(i).uscc(), endingNextYear.get(i).name(), NOTE, null)).then());
        Flux<Void> tagged = chains.chains(reviewer).index()
                .filter(chain -> chain.getT1() < recent.size())
                .concatMap(chain -> tags.tag(reviewer, recent.get(chain.getT1().intValue()).id(),
                        new TagDetails(chain.getT2().id(), List.of()), IfMatch.unconditional()).then());
        return referred.thenMany(tagged).then();
    }

    private static HteCertificate certificate(Enterprise firm) {
        return firm.profile().hteCertificate();
    }

    private static boolean endsIn(Enterprise firm, int year) {
        return certificate(firm) != null && certificate(firm).validUntil().getYear() == year;
    }
}
