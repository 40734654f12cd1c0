package cn.baiyun.hte.pool.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.TechnicalFieldCatalogue;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.referral.ReferralService;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a year's {@link PoolFilter} into one query on the entries, each filter on an indexed path, or
 * into field problems naming every bad value. Shared by the board, its API and bulk publication, so the
 * firms published in bulk are exactly the firms the board lists.
 */
@Component
class PoolCriteria {

    private final TechnicalFieldCatalogue catalogue;
    private final ReferralService referrals;

    PoolCriteria(TechnicalFieldCatalogue catalogue, ReferralService referrals) {
        this.catalogue = catalogue;
        this.referrals = referrals;
    }

    /** Every problem of the filter at once, so the reader fixes them in one go. */
    List<FieldProblem> problems(PoolFilter filter) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "proposedTier", filter.proposedTier(), value -> parse(TierResult.class, value), "pool.filter.tier");
        check(problems, "decidedTier", filter.decidedTier(), value -> parse(TierResult.class, value), "pool.filter.tier");
        check(problems, "status", filter.status(), value -> parse(EntryStatus.class, value), "pool.filter.status");
        check(problems, "outcome", filter.outcome(), value -> parse(PoolEntry.Outcome.class, value), "pool.filter.outcome");
        check(problems, "techSme", filter.techSme(), value -> parse(TechSmeStanding.class, value), "pool.filter.tech-sme");
        check(problems, "technicalField", filter.technicalField(),
                value -> catalogue.isAssignable(value) ? Optional.of(value) : Optional.empty(), "pool.filter.field");
        String department = given(filter.department());
        if (department != null && department.length() > PoolFilter.MAX_DEPARTMENT) {
            problems.add(new FieldProblem("department", "pool.filter.department", PoolFilter.MAX_DEPARTMENT));
        }
        return problems;
    }

    /**
     * The query for the year's entries matching the filter. The referring department becomes the set of
     * firms it referred: one department refers a bounded number of firms, so the set is read whole.
     */
    Mono<Criteria> criteria(int year, PoolFilter filter) {
        List<FieldProblem> problems = problems(filter);
        if (!problems.isEmpty()) {
            return Mono.error(PortalException.invalid(problems));
        }
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("cycleYear").is(year));
        parsed(filter.proposedTier(), TierResult.class).ifPresent(tier -> all.add(Criteria.where("proposedTier").is(tier)));
        parsed(filter.decidedTier(), TierResult.class).ifPresent(tier -> all.add(Criteria.where("decision.tier").is(tier)));
        parsed(filter.outcome(), PoolEntry.Outcome.class).ifPresent(outcome -> all.add(Criteria.where("outcome").is(outcome)));
        parsed(filter.status(), EntryStatus.class).ifPresent(status -> all.add(status.criteria()));
        parsed(filter.techSme(), TechSmeStanding.class).ifPresent(standing -> all.add(standing.criteria()));
        Optional.ofNullable(given(filter.technicalField()))
                .ifPresent(field -> all.add(Criteria.where("technicalField").is(field)));
        String department = given(filter.department());
        Mono<List<Criteria>> withDepartment = department == null ? Mono.just(all)
                : referrals.enterpriseIdsReferredBy(department).collectList().map(ids -> {
                    all.add(Criteria.where("enterpriseId").in(ids));
                    return all;
                });
        return withDepartment.map(parts -> new Criteria().andOperator(parts));
    }

    private static void check(List<FieldProblem> problems, String field, String value,
                              Function<String, Optional<?>> parser, String messageKey) {
        String given = given(value);
        if (given != null && parser.apply(given).isEmpty()) {
            problems.add(new FieldProblem(field, messageKey, given));
        }
    }

    private static <E extends Enum<E>> Optional<E> parsed(String value, Class<E> type) {
        String given = given(value);
        return given == null ? Optional.empty() : parse(type, given);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
