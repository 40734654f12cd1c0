package cn.baiyun.hte.relocation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.platform.error.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What a relocation must satisfy, all problems at once against the request's field paths (e.g.
 * {@code milestones[1].dueDate}). An arrival may be planned up to {@value #MAX_ARRIVAL_YEARS_AHEAD} years ahead
 * (a move agreed before it happens); nothing is done after today; amounts are yuan with at most two decimals.
 */
@Component
class RelocationRules {

    static final int MAX_ORIGIN = 100;
    static final int MAX_SPACE = 200;
    static final int MAX_TALENT = 2000;
    static final int MAX_TITLE = 100;
    static final int MAX_MILESTONES = 30;
    static final int MAX_ARRIVAL_YEARS_AHEAD = 3;
    static final LocalDate EARLIEST_ARRIVAL = LocalDate.of(2000, 1, 1);
    /** Ten billion yuan: far above any district package, low enough to catch a mistyped figure. */
    static final BigDecimal MAX_FUNDING = new BigDecimal("10000000000");
    static final BigDecimal MAX_AREA = new BigDecimal("10000000");

    private final Clock clock;

    RelocationRules(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Texts stripped, an absent package empty. */
    static RelocationDetails normalized(RelocationDetails d) {
        SupportPackage s = d.support() == null ? new SupportPackage(null, null, null, null) : d.support();
        List<Milestone> milestones = d.milestones().stream().map(m -> m == null ? null
                : new Milestone(strip(m.id()), strip(m.title()), m.dueDate(), m.doneOn())).toList();
        return new RelocationDetails(strip(d.origin()), d.arrivalDate(), d.hteAtArrival(),
                new SupportPackage(s.spaceSquareMetres(), strip(s.space()), s.fundingYuan(), strip(s.talentMeasures())),
                milestones);
    }

    /** @param storedMilestones the ids of the relocation's milestones now; none for a new one */
    List<FieldProblem> problems(RelocationDetails d, Set<String> storedMilestones) {
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "origin", d.origin(), MAX_ORIGIN, true);
        if (d.arrivalDate() == null) {
            problems.add(new FieldProblem("arrivalDate", "NotNull"));
        } else if (d.arrivalDate().isBefore(EARLIEST_ARRIVAL)
                || d.arrivalDate().isAfter(today.plusYears(MAX_ARRIVAL_YEARS_AHEAD))) {
            problems.add(new FieldProblem("arrivalDate", "relocation.arrival.range", EARLIEST_ARRIVAL,
                    today.plusYears(MAX_ARRIVAL_YEARS_AHEAD)));
        }
        if (d.hteAtArrival() == null) {
            problems.add(new FieldProblem("hteAtArrival", "NotNull"));
        }
        SupportPackage s = d.support();
        amount(problems, "support.spaceSquareMetres", s.spaceSquareMetres(), MAX_AREA);
        text(problems, "support.space", s.space(), MAX_SPACE, false);
        amount(problems, "support.fundingYuan", s.fundingYuan(), MAX_FUNDING);
        text(problems, "support.talentMeasures", s.talentMeasures(), MAX_TALENT, false);
        if (d.milestones().size() > MAX_MILESTONES) {
            problems.add(new FieldProblem("milestones", "relocation.milestones.too-many", MAX_MILESTONES));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.milestones().size(); i++) {
            String path = "milestones[" + i + "]";
            Milestone m = d.milestones().get(i);
            if (m == null) {
                problems.add(new FieldProblem(path, "NotNull"));
                continue;
            }
            if (m.id() != null && (!storedMilestones.contains(m.id()) || !seen.add(m.id()))) {
                problems.add(new FieldProblem(path + ".id", "relocation.milestone.unknown", m.id()));
            }
            text(problems, path + ".title", m.title(), MAX_TITLE, true);
            if (m.dueDate() == null) {
                problems.add(new FieldProblem(path + ".dueDate", "NotNull"));
            }
            if (m.doneOn() != null && m.doneOn().isAfter(today)) {
                problems.add(new FieldProblem(path + ".doneOn", "PastOrPresent"));
            }
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "NotBlank"));
            }
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "relocation.text.too-long", max));
        }
    }

    private static void amount(List<FieldProblem> problems, String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            problems.add(new FieldProblem(field, "relocation.amount.range", max));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "relocation.amount.cents"));
        }
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
