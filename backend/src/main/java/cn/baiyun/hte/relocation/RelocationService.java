package cn.baiyun.hte.relocation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.paging.PageSize;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records, changes and reads firms' relocations, reviewers only (people, not clients). A firm has at most one
 * relocation, found by the firm's id. A change may name the version it was based on; a newer stored version
 * means someone else saved meanwhile and nothing is written.
 */
@Service
public class RelocationService {

    static final PageSize PAGE_SIZE = new PageSize(20, 100);

    private final EnterpriseService enterprises;
    private final RelocationRules rules;
    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    RelocationService(EnterpriseService enterprises, RelocationRules rules, ReactiveMongoTemplate mongo,
                      Outbox outbox, Clock clock) {
        this.enterprises = enterprises;
        this.rules = rules;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** How many firms arrived (or are to arrive) between the two days, both included; for the programme's figures. */
    public Mono<Long> arrivals(LocalDate from, LocalDate to) {
        return mongo.count(Query.query(Criteria.where("arrivalDate").gte(from).lte(to)), Relocation.class);
    }

    /** Every relocation, latest arrival first; reviewers only. */
    public Flux<Relocation> all(PortalUser reviewer) {
        return requireReviewer(reviewer).thenMany(Flux.defer(() -> mongo.find(
                new Query().with(Sort.by(Sort.Order.desc("arrivalDate"), Sort.Order.desc("_id"))), Relocation.class)));
    }

    /** Relocations in the order they were recorded, a page at a time; reviewers only. */
    Mono<PageOf<Relocation>> page(PortalUser reviewer, Integer limit, String cursor) {
        return requireReviewer(reviewer).then(PageRequest.checked(limit, cursor, PAGE_SIZE))
                .flatMap(page -> CursorPaging.page(mongo, new Criteria(), Relocation.class, page, Relocation::id));
    }

    /** The firm's relocation; 404 when it has none or the firm is unknown. */
    public Mono<Relocation> find(PortalUser reviewer, String enterpriseId) {
        return requireReviewer(reviewer).then(stored(enterpriseId))
                .switchIfEmpty(Mono.error(PortalException.notFound()));
    }

    /** The firm's relocation when it has one; empty otherwise. For the firm's reviewer views. */
    public Mono<Relocation> of(PortalUser reviewer, String enterpriseId) {
        return requireReviewer(reviewer).then(stored(enterpriseId));
    }

    public Mono<Relocation> record(PortalUser reviewer, String enterpriseId, RelocationDetails details) {
        return requireReviewer(reviewer).then(enterprises.find(reviewer, enterpriseId)).flatMap(firm -> {
            RelocationDetails clean = RelocationRules.normalized(details);
            return valid(rules.problems(clean, Set.of())).then(Mono.defer(() -> outbox.insert(
                            Relocation.recorded(firm.id(), firm.name(), withIds(clean), Instant.now(clock)),
                            saved -> new RelocationRecorded(header(RelocationRecorded.RECORDED, reviewer, saved),
                                    changes(null, saved.details()))))
                    .onErrorMap(DuplicateKeyException.class, e -> PortalException.conflict("relocation.exists")));
        });
    }

    Mono<Relocation> update(PortalUser reviewer, String enterpriseId, RelocationDetails details, IfMatch ifMatch) {
        return find(reviewer, enterpriseId).flatMap(current -> {
            RelocationDetails clean = RelocationRules.normalized(details);
            Set<String> stored = current.milestones().stream().map(Milestone::id).collect(Collectors.toSet());
            return valid(rules.problems(clean, stored))
                    .then(ifMatch.check(current.version()))
                    .then(Mono.defer(() -> {
                        Relocation changed = current.with(withIds(clean), Instant.now(clock));
                        return outbox.save(changed, saved -> new RelocationRecorded(
                                header(RelocationRecorded.UPDATED, reviewer, current),
                                changes(current.details(), changed.details())));
                    }))
                    .onErrorMap(OptimisticLockingFailureException.class, e -> PortalException.staleVersion());
        });
    }

    private Mono<Relocation> stored(String enterpriseId) {
        return ObjectId.isValid(enterpriseId)
                ? mongo.findOne(Query.query(Criteria.where("enterpriseId").is(enterpriseId)), Relocation.class)
                : Mono.empty();
    }

    private EventHeader header(String type, PortalUser actor, Relocation relocation) {
        return EventHeader.of(type, actor, "relocation", relocation.id(), relocation.enterpriseId(), clock);
    }

    /** New milestones get their id here; the rules have made sure given ones are the relocation's own. */
    private static RelocationDetails withIds(RelocationDetails d) {
        return new RelocationDetails(d.origin(), d.arrivalDate(), d.hteAtArrival(), d.support(), d.milestones().stream()
                .map(m -> m.id() == null ? m.withId(new ObjectId().toHexString()) : m).toList());
    }

    /** What a person reading the firm's history needs: the plain fields, the funding, each milestone as text. */
    private static List<FieldChange> changes(RelocationDetails before, RelocationDetails after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "origin", before == null ? null : before.origin(), after.origin());
        change(changes, "arrivalDate", before == null ? null : String.valueOf(before.arrivalDate()),
                String.valueOf(after.arrivalDate()));
        change(changes, "hteAtArrival", before == null ? null : String.valueOf(before.hteAtArrival()),
                String.valueOf(after.hteAtArrival()));
        SupportPackage was = before == null ? null : before.support();
        change(changes, "spaceSquareMetres", was == null ? null : plain(was.spaceSquareMetres()),
                plain(after.support().spaceSquareMetres()));
        change(changes, "space", was == null ? null : was.space(), after.support().space());
        change(changes, "fundingYuan", was == null ? null : plain(was.fundingYuan()), plain(after.support().fundingYuan()));
        change(changes, "talentMeasures", was == null ? null : was.talentMeasures(), after.support().talentMeasures());
        change(changes, "milestones", before == null ? null : milestones(before.milestones()),
                milestones(after.milestones()));
        return changes;
    }

    private static String milestones(List<Milestone> milestones) {
        return milestones.stream().map(m -> m.title() + " " + m.dueDate() + (m.doneOn() == null ? "" : " ✓" + m.doneOn()))
                .collect(Collectors.joining("; "));
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after) && !(before == null && (after == null || after.isEmpty() || "null".equals(after)))) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static Mono<Void> requireReviewer(PortalUser user) {
        return user.isReviewer() && !user.client() ? Mono.empty() : Mono.error(PortalException.forbidden());
    }

    private static Mono<Void> valid(List<FieldProblem> problems) {
        return problems.isEmpty() ? Mono.empty() : Mono.error(PortalException.invalid(problems));
    }
}
