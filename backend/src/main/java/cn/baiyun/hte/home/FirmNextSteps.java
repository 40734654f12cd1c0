package cn.baiyun.hte.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.baiyun.hte.coaching.CoachingService;
import cn.baiyun.hte.coaching.CoachingVisit;
import cn.baiyun.hte.coaching.FollowUpEntry;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.PoolOverview;
import cn.baiyun.hte.pool.PoolOverview.FilingWindow;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What each of a member's firms should do next, with where to do it. */
@Component
class FirmNextSteps {

    /**
     * One thing to do, worded by {@code home.step.<kind>} with {@code args}, done at {@code href}.
     *
     * @param kind {@code returned}, {@code filing-window} or {@code feedback}
     */
    public record Step(String kind, List<Object> args, String href) {
    }

    /**
     * A firm with its steps, its open coaching follow-ups and the visits the bureau planned from today
     * on (one due today stays until it is recorded), the next one first.
     */
    public record FirmSteps(Enterprise firm, List<Step> steps, List<FollowUpEntry> followUps,
                     List<CoachingVisit> upcomingVisits) {

        public boolean nothingToDo() {
            return steps.isEmpty() && followUps.isEmpty() && upcomingVisits.isEmpty();
        }
    }

    private final EnterpriseService enterprises;
    private final FilingService filings;
    private final CoachingService coaching;
    private final PoolOverview pool;
    private final Clock clock;

    FirmNextSteps(EnterpriseService enterprises, FilingService filings, CoachingService coaching, PoolOverview pool,
                  Clock clock) {
        this.enterprises = enterprises;
        this.filings = filings;
        this.coaching = coaching;
        this.pool = pool;
        this.clock = clock;
    }

    Flux<FirmSteps> of(PortalUser member) {
        LocalDate today = LocalDate.now(clock);
        Mono<Optional<FilingWindow>> window = pool.openFilingWindow(today).map(Optional::of)
                .defaultIfEmpty(Optional.empty()).cache();
        return enterprises.firmsOf(member).concatMap(firm -> Mono.zip(
                        filings.ofFirm(member, firm.id()).collectList(),
                        window,
                        pool.feedbackToAcknowledge(member, firm.id()).map(Optional::of).defaultIfEmpty(Optional.empty()),
                        coaching.openFollowUpsOf(member, firm.id()).collectList(),
                        coaching.visitsOf(member, firm.id()).filter(visit -> visit.upcomingOn(today))
                                .sort(Comparator.comparing(CoachingVisit::visitDate)).collectList())
                .map(found -> new FirmSteps(firm, steps(firm.id(), found.getT1(), found.getT2(), found.getT3()),
                        found.getT4(), found.getT5())));
    }

    static List<Step> steps(String firm, List<Filing> filed, Optional<FilingWindow> window,
                                    Optional<Integer> feedbackYear) {
        String base = "/firms/" + firm;
        List<Step> steps = new ArrayList<>();
        filed.stream().filter(filing -> filing.status() == FilingStatus.RETURNED)
                .forEach(filing -> steps.add(new Step("returned", List.of(filing.fiscalYear()),
                        base + "/filings/" + filing.fiscalYear())));
        window.ifPresent(open -> {
            Optional<Filing> current = filed.stream().filter(filing -> filing.fiscalYear() == open.fiscalYear())
                    .findFirst();
            // A returned filing is already a step of its own; a submitted or accepted one is done.
            if (current.map(filing -> filing.status() == FilingStatus.DRAFT).orElse(true)) {
                steps.add(new Step("filing-window", List.of(open.fiscalYear(), open.closes()),
                        current.isPresent() ? base + "/filings/" + open.fiscalYear() : base + "/filings"));
            }
        });
        feedbackYear.ifPresent(year -> steps.add(new Step("feedback", List.of(year), base + "/feedback/" + year)));
        return steps;
    }
}
