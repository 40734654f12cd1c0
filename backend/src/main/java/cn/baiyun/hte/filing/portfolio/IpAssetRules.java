package cn.baiyun.hte.filing.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An IP asset's dates must tell a possible story: applied, then perhaps granted, then expiring; a pending
 * application has no grant yet, a granted or expired right has one. "Already used in an HTE application"
 * only limits Class II rights (§2 C2: Class I may be reused, trademarks never count), so it is refused
 * for any other class rather than stored as a flag that means nothing.
 */
@Component
class IpAssetRules implements DetailsRules<IpAssetDetails> {

    static final int MAX_NUMBER = 100;

    private final Clock clock;

    IpAssetRules(Clock clock) {
        this.clock = clock;
    }

    @Override
    public IpAssetDetails normalized(IpAssetDetails d) {
        return new IpAssetDetails(d.type(), RecordChecks.strip(d.number()), RecordChecks.strip(d.title()), d.status(),
                d.applicationDate(), d.grantDate(), d.expiryDate(), d.acquisition(), d.ownedByFirm(),
                d.usedInPriorHteApplication(), d.supportsMainProduct());
    }

    @Override
    public Mono<List<FieldProblem>> problems(String enterpriseId, IpAssetDetails d) {
        return Mono.fromSupplier(() -> check(d));
    }

    List<FieldProblem> check(IpAssetDetails d) {
        var checks = new RecordChecks(LocalDate.now(clock))
                .required("type", d.type())
                .requiredText("number", d.number(), MAX_NUMBER)
                .requiredText("title", d.title(), RecordChecks.MAX_TEXT)
                .required("status", d.status())
                .required("applicationDate", d.applicationDate())
                .notInFuture("applicationDate", d.applicationDate())
                .notInFuture("grantDate", d.grantDate())
                .inOrder("grantDate", d.applicationDate(), d.grantDate(), "portfolio.ip.grant-date.order")
                .inOrder("expiryDate", d.grantDate() != null ? d.grantDate() : d.applicationDate(), d.expiryDate(),
                        "portfolio.ip.expiry-date.order")
                .required("acquisition", d.acquisition())
                .required("ownedByFirm", d.ownedByFirm())
                .required("supportsMainProduct", d.supportsMainProduct());
        if (d.status() == IpStatus.PENDING && d.grantDate() != null) {
            checks.add("grantDate", "portfolio.ip.grant-date.pending");
        }
        if ((d.status() == IpStatus.GRANTED || d.status() == IpStatus.EXPIRED) && d.grantDate() == null
                && !checks.has("grantDate")) {
            checks.add("grantDate", "portfolio.ip.grant-date.required");
        }
        if (d.alreadyUsed() && d.type() != null && d.ipClass() != IpClass.II) {
            checks.add("usedInPriorHteApplication", "portfolio.ip.used.class-ii-only");
        }
        return checks.problems();
    }

    @Override
    public PortalException duplicate(IpAssetDetails details) {
        return PortalException.conflict("portfolio.ip.duplicate", details.number());
    }
}
