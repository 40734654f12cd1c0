package cn.baiyun.hte.home;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.FirmCounts;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The platform as its operator sees it: its health, what it holds, and what changed last. */
@Component
class PlatformState {

    /** Audit entries on the home page. */
    static final int RECENT = 15;
    /** A check that takes longer than this counts as down: the page does not wait on a hung database. */
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(3);

    /** @param status {@code UP}, {@code DOWN}, … (message {@code home.health.<status>}) */
    public record Check(String name, String status) {
    }

    public record State(boolean healthy, List<Check> checks, FirmCounts firms, long filings, long submittedFilings,
                 List<AuditEvent> recent) {
    }

    private final Map<String, ReactiveHealthIndicator> indicators;
    private final EnterpriseService enterprises;
    private final FilingService filings;
    private final AuditLog audit;

    /** @param indicators the application's reactive health checks by bean name (the database's is {@code mongo}) */
    PlatformState(Map<String, ReactiveHealthIndicator> indicators, EnterpriseService enterprises,
                  FilingService filings, AuditLog audit) {
        this.indicators = Map.copyOf(indicators);
        this.enterprises = enterprises;
        this.filings = filings;
        this.audit = audit;
    }

    Mono<State> of(PortalUser operator) {
        if (!operator.has(PortalRole.ADMIN) || operator.client()) {
            return Mono.error(PortalException.forbidden());
        }
        return Mono.zip(checks().collectList(), enterprises.counts(operator), filings.count(operator, null),
                        filings.count(operator, FilingStatus.SUBMITTED), audit.latest(RECENT).collectList())
                .map(found -> new State(found.getT1().stream().allMatch(check -> Status.UP.getCode().equals(check.status())),
                        found.getT1(), found.getT2(), found.getT3(), found.getT4(), found.getT5()));
    }

    private Flux<Check> checks() {
        return Flux.fromIterable(indicators.entrySet())
                .flatMap(indicator -> indicator.getValue().health()
                        .timeout(CHECK_TIMEOUT)
                        .onErrorResume(error -> Mono.just(Health.down().build()))
                        .map(health -> new Check(indicator.getKey(), health.getStatus().getCode())))
                .sort(Comparator.comparing(Check::name));
    }
}
