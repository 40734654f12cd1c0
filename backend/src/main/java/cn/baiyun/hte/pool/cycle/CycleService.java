package cn.baiyun.hte.pool.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.pool.CycleChanged;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.events.Outbox;
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
    private final Outbox outbox;
    private final Clock clock;

    CycleService(CycleRepository cycles, CycleValidator validator, Outbox outbox, Clock clock) {
        this.cycles = cycles;
        this.validator = validator;
        this.outbox = outbox;
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
            return outbox.insert(Cycle.open(year, effective, Instant.now(clock)),
                            opened -> changed(CycleChanged.OPENED, reviewer, opened, List.of()))
                    .onErrorMap(DuplicateKeyException.class,
                            e -> PortalException.conflict("pool.cycle.exists", String.valueOf(year)));
        }));
    }

    /**
     * Every problem of the dates typed for year {@code year}, for a form some of whose values could not be
     * read: it shows them with the rules the rest breaks.
     */
    public List<FieldProblem> problems(Integer year, CycleDates dates) {
        return validator.validate(year, dates);
    }

    public Mono<Cycle> reschedule(PortalUser reviewer, int year, CycleDates dates, IfMatch ifMatch) {
        return find(reviewer, year).flatMap(cycle -> ifMatch.check(cycle.version()).then(Mono.defer(() -> {
            List<FieldProblem> problems = validator.validate(year, dates);
            if (!problems.isEmpty()) {
                return Mono.error(PortalException.invalid(problems));
            }
            return outbox.save(cycle.withDates(dates, Instant.now(clock)),
                            saved -> changed(CycleChanged.RESCHEDULED, reviewer, saved, List.of()))
                    .onErrorMap(OptimisticLockingFailureException.class, e -> PortalException.staleVersion());
        })));
    }

    /**
     * Records that tier 1 went to the province on {@code date}. Saved against the version read, so a
     * concurrent change of the cycle (a reschedule, a run's progress) is never overwritten: the caller is
     * told to mark again, which is safe because marking is idempotent.
     */
    public Mono<Cycle> recommended(PortalUser reviewer, Cycle cycle, LocalDate date, long newlyMarkedFirms) {
        List<FieldChange> changes = List.of(
                new FieldChange("status", cycle.status().name(), CycleStatus.RECOMMENDED.name()),
                new FieldChange("recommendedOn", String.valueOf(cycle.recommendedOn()), date.toString()),
                new FieldChange("newlyMarkedFirms", null, String.valueOf(newlyMarkedFirms)));
        return outbox.save(cycle.recommended(date, Instant.now(clock)),
                        saved -> changed(CycleChanged.RECOMMENDED, reviewer, saved, changes))
                .onErrorMap(OptimisticLockingFailureException.class,
                        e -> PortalException.conflict("recommendation.cycle.changed", String.valueOf(cycle.year())));
    }

    public Mono<Cycle> find(PortalUser reviewer, int year) {
        return requireReviewer(reviewer)
                .then(cycles.findByYear(year))
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /**
     * The dates of the year's cycle, for anyone signed in: they are the programme's published timetable
     * (firms are told when their filing window closes). Empty when the year has no cycle.
     */
    public Mono<CycleDates> dates(int year) {
        return cycles.findByYear(year).map(Cycle::dates);
    }

    /** Every cycle, the latest year first: one a year, so the list stays short. */
    public Flux<Cycle> all(PortalUser reviewer) {
        return requireReviewer(reviewer).thenMany(cycles.findAllByOrderByYearDesc());
    }

    /** The event of a change to the whole cycle; it concerns no single firm. */
    public CycleChanged changed(String type, PortalUser reviewer, Cycle cycle, List<FieldChange> changes) {
        return new CycleChanged(EventHeader.of(type, reviewer, "cycle", cycle.id(), null, clock), cycle.year(), changes);
    }

    static Mono<Void> requireReviewer(PortalUser user) {
        return user.isReviewer() ? Mono.empty() : Mono.error(PortalException.forbidden());
    }
}
