package cn.baiyun.hte.chain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import org.bson.types.ObjectId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The district's list of key industry chains: read by the programme's people, edited by reviewers, audited. */
@Service
public class ChainCatalogue {

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    ChainCatalogue(ReactiveMongoTemplate mongo, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Every chain in list order, retired ones included (they still name tagged firms' chains). */
    public Flux<IndustryChain> chains(PortalUser user) {
        return ChainAccess.requireReader(user).thenMany(Flux.defer(this::all));
    }

    Mono<IndustryChain> find(PortalUser user, String chainId) {
        return ChainAccess.requireReader(user).then(stored(chainId));
    }

    Mono<IndustryChain> add(PortalUser reviewer, ChainDetails details) {
        return ChainAccess.requireEditor(reviewer).then(Mono.defer(() -> {
            ChainDetails clean = ChainRules.normalized(details);
            return valid(ChainRules.problems(clean)).then(Mono.defer(() -> outbox.insert(
                    IndustryChain.added(clean, Instant.now(clock)),
                    added -> new ChainChanged(header(ChainChanged.ADDED, reviewer, added.id()),
                            changes(null, clean)))));
        }));
    }

    Mono<IndustryChain> update(PortalUser reviewer, String chainId, ChainDetails details, IfMatch ifMatch) {
        return ChainAccess.requireEditor(reviewer).then(stored(chainId)).flatMap(current -> {
            ChainDetails clean = ChainRules.normalized(details);
            return valid(ChainRules.problems(clean))
                    .then(ifMatch.check(current.version()))
                    .then(Mono.defer(() -> outbox.save(current.with(clean, Instant.now(clock)),
                            saved -> new ChainChanged(header(ChainChanged.UPDATED, reviewer, chainId),
                                    changes(current.details(), clean)))))
                    .onErrorMap(OptimisticLockingFailureException.class, e -> PortalException.staleVersion());
        });
    }

    /** Every chain in list order; internal, for the tags' and breakdowns' own reads. */
    Flux<IndustryChain> all() {
        return mongo.find(new Query().with(Sort.by("position", "_id")), IndustryChain.class);
    }

    Mono<IndustryChain> stored(String chainId) {
        Mono<IndustryChain> found = chainId != null && ObjectId.isValid(chainId)
                ? mongo.findOne(Query.query(Criteria.where("_id").is(new ObjectId(chainId))), IndustryChain.class)
                : Mono.empty();
        return found.switchIfEmpty(Mono.error(PortalException.notFound()));
    }

    private EventHeader header(String type, PortalUser actor, String chainId) {
        return EventHeader.of(type, actor, "industry-chain", chainId, null, clock);
    }

    private static List<FieldChange> changes(ChainDetails before, ChainDetails after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "chainName", before == null ? null : before.nameZh(), after.nameZh());
        change(changes, "chainNameEn", before == null ? null : before.nameEn(), after.nameEn());
        change(changes, "clusterName", before == null ? null : before.clusterZh(), after.clusterZh());
        change(changes, "clusterNameEn", before == null ? null : before.clusterEn(), after.clusterEn());
        change(changes, "chainPosition", before == null ? null : String.valueOf(before.position()),
                String.valueOf(after.position()));
        change(changes, "chainRetired", before == null ? null : String.valueOf(before.retired()),
                String.valueOf(after.retired()));
        return changes;
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static Mono<Void> valid(List<FieldProblem> problems) {
        return problems.isEmpty() ? Mono.empty() : Mono.error(PortalException.invalid(problems));
    }
}
