package cn.baiyun.hte.dashboard;

import java.time.LocalDate;
import cn.baiyun.hte.chain.BreakdownRow;
import cn.baiyun.hte.chain.ChainBreakdowns;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The firms behind a figure of the breakdown by industry chain or cluster: the very ids the breakdown counted
 * (it hands them to reviewers), a page at a time in id order, so that the list always holds the number shown.
 * A chain or cluster the breakdown does not show is a problem on {@code group}.
 */
@Component
class ChainDrillDowns {

    private final ChainBreakdowns breakdowns;
    private final EnterpriseService enterprises;

    ChainDrillDowns(ChainBreakdowns breakdowns, EnterpriseService enterprises) {
        this.breakdowns = breakdowns;
        this.enterprises = enterprises;
    }

    /** The breakdown's line the drill names, on {@code date}. */
    Mono<BreakdownRow> line(PortalUser reviewer, Drill drill, LocalDate date) {
        String group = drill.group().strip();
        return breakdowns.on(reviewer, date)
                .flatMap(breakdown -> Mono.justOrEmpty(drill.parsedMetric() == DrillMetric.CHAIN
                        ? breakdown.chainLine(group) : breakdown.clusterLine(group)))
                .switchIfEmpty(Mono.error(() -> PortalException.invalid(
                        new FieldProblem("group", "dashboard.drill.group.unknown"))));
    }

    /** One page of the line's firms in the drill's column; ids after the cursor, as the breakdown sorted them. */
    Mono<PageOf<Enterprise>> firms(PortalUser reviewer, Drill drill, PageRequest page, LocalDate date) {
        return line(reviewer, drill, date).flatMap(line ->
                DrillIds.page(enterprises, reviewer, line.column(drill.parsedColumn()).enterpriseIds(), page));
    }
}
