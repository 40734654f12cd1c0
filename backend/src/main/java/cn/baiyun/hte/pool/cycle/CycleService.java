package cn.baiyun.hte.pool.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The annual cycles; only reviewers see and manage them. */
@NamedInterface("api")
@Service
public class CycleService {

    private final CycleRepository cycles;
    private final CycleValidator validator;
    private final AuditLog audit;
    private final Clock clock;

    CycleService(CycleRepository cycles, CycleValidator validator, AuditLog audit, Clock clock) {
        this.cycles = cycles;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new cycle; dates left out take the Baiyun plan's defaults for the year. */
    public Mono<Cycle> open(PortalUser reviewer, Integer year, CycleDates dates) {
        return requireReviewer(reviewer).then(Mono.defer(() -> {
            CycleDates effective = dates == null && year != null ? CycleDates.defaultsFor(year) : dates;
            List<FieldProblem> problems = validator.validate(year, effective);
            if (!problems.isEmpty()) {
                return Mono.error(PortalException.invalid(problems));
            }
            return cycles.save(Cycle.open(year, effective, Instant.now(clock)))
                    .onErrorMap(DuplicateKeyException.class,
                            e -> PortalException.conflict("pool.cycle.exists", String.valueOf(year)))
                    .flatMap(saved -> audited(reviewer, saved, "cycle.opened"));
        }));
    }

    public Mono<Cycle> reschedule(PortalUser reviewer, int year, CycleDates dates, IfMatch ifMatch) {
        return find(reviewer, year).flatMap(cycle -> ifMatch.check(cycle.version()).then(Mono.defer(() -> {
            List<FieldProblem> problems = validator.validate(year, dates);
            if (!problems.isEmpty()) {
                return Mono.error(PortalException.invalid(problems));
            }
            return cycles.save(cycle.withDates(dates, Instant.now(clock)))
                    .onErrorMap(OptimisticLockingFailureException.class, e -> PortalException.staleVersion())
                    .flatMap(saved -> audited(reviewer, saved, "cycle.rescheduled"));
        })));
    }

    /**
     * Records that tier 1 went to the province on {@code date}. Saved against the version read, so a
     * concurrent change of the cycle (a reschedule, a run's progress) is never overwritten: the caller is
     * told to mark again, which is safe because marking is idempotent.
     */
    public Mono<Cycle> recommended(Cycle cycle, LocalDate date) {
        return cycles.save(cycle.recommended(date, Instant.now(clock)))
                .onErrorMap(OptimisticLockingFailureException.class,
                        e -> PortalException.conflict("recommendation.cycle.changed", String.valueOf(cycle.year())));
    }

    public Mono<Cycle> find(PortalUser reviewer, int year) {
        return requireReviewer(reviewer)
                .then(cycles.findByYear(year))
                .switchIfEmpty(Mono.error(PortalException.notFound()));
    }

    /** Every cycle, the latest year first: one a year, so the list stays short. */
    public Flux<Cycle> all(PortalUser reviewer) {
        return requireReviewer(reviewer).thenMany(cycles.findAllByOrderByYearDesc());
    }

    private Mono<Cycle> audited(PortalUser reviewer, Cycle cycle, String action) {
        return audit.record(reviewer, action, new AuditLog.Subject("cycle", cycle.id()), null, List.of(), null)
                .thenReturn(cycle);
    }

    static Mono<Void> requireReviewer(PortalUser user) {
        return user.isReviewer() ? Mono.empty() : Mono.error(PortalException.forbidden());
    }
}
