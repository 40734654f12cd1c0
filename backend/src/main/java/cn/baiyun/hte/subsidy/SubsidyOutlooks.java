package cn.baiyun.hte.subsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A year's subsidy amounts, committed and expected, by event, from the schedule's rows and the events counted
 * by {@link EventCounts}, as of today (Asia/Shanghai). For the dashboard; readers as for the schedule.
 */
@Service
public class SubsidyOutlooks {

    private final SubsidySchedule schedule;
    private final EventCounts counts;
    private final Clock clock;

    SubsidyOutlooks(SubsidySchedule schedule, EventCounts counts, Clock clock) {
        this.schedule = schedule;
        this.counts = counts;
        this.clock = clock;
    }

    public Mono<SubsidyOutlook> forYear(PortalUser user, int year) {
        LocalDate today = LocalDate.now(clock);
        return SubsidyAccess.requireReader(user)
                .then(year < RateRules.FIRST_YEAR || year > RateRules.LAST_YEAR
                        ? Mono.error(PortalException.invalid(new FieldProblem("year", "subsidy.year.range",
                                RateRules.FIRST_YEAR, RateRules.LAST_YEAR)))
                        : Mono.empty())
                .then(schedule.ofYear(year).collectMap(SubsidyRate::event, Function.identity()))
                .flatMap(rates -> Flux.fromArray(SubsidyEvent.values())
                        .concatMap(event -> counts.count(event, year, today)
                                .map(counted -> EventOutlook.of(event, rates.get(event), counted)))
                        .collectList()
                        .map(events -> SubsidyOutlook.of(year, today, events)));
    }
}
