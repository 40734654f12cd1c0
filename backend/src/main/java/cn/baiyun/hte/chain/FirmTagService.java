package cn.baiyun.hte.chain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
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
 * Reads and sets a firm's chain and flags, for reviewers and 工信局 officers ({@link ChainAccess}). A firm
 * nobody tagged has empty tags (no document); the first tagging inserts one, later ones save it guarded by
 * its version.
 */
@Service
public class FirmTagService {

    private final EnterpriseService enterprises;
    private final ChainCatalogue catalogue;
    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    FirmTagService(EnterpriseService enterprises, ChainCatalogue catalogue, ReactiveMongoTemplate mongo,
                   Outbox outbox, Clock clock) {
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The firm with its tags (empty ones when untagged); 404 for an unknown firm. */
    public Mono<Tagged> tagsOf(PortalUser user, String enterpriseId) {
        return ChainAccess.requireTagger(user).then(firm(enterpriseId))
                .flatMap(firm -> stored(firm.id())
                        .defaultIfEmpty(FirmTags.none(firm.id(), firm.uscc(), firm.name()))
                        .map(tags -> new Tagged(firm, tags)));
    }

    /** Every tagged firm, by name. */
    Flux<FirmTags> tagged(PortalUser user) {
        return ChainAccess.requireTagger(user).thenMany(Flux.defer(() -> mongo.find(
                new Query().with(Sort.by("firmName", "_id")), FirmTags.class)));
    }

    /**
     * Sets the firm's chain and flags; a chain must be listed and, for a new choice, not retired. The first
     * tagging has no version to match: two first taggings at once insert one document, the other is stale.
     */
    public Mono<FirmTags> tag(PortalUser user, String enterpriseId, TagDetails details, IfMatch ifMatch) {
        return tagsOf(user, enterpriseId).flatMap(found -> problems(found.tags(), details)
                .flatMap(problems -> problems.isEmpty() ? Mono.just(found)
                        : Mono.error(PortalException.invalid(problems))))
                .flatMap(found -> chainNames().flatMap(names -> {
                    FirmTags current = found.tags();
                    FirmTags changed = current.with(found.firm().name(), details, Instant.now(clock));
                    Function<FirmTags, FirmTagged> event = saved -> new FirmTagged(EventHeader.of(FirmTagged.TYPE,
                            user, "firm-tags", saved.id(), saved.id(), clock), changes(current, changed, names));
                    Mono<FirmTags> write = current.stored()
                            ? ifMatch.check(current.version()).then(Mono.defer(() -> outbox.save(changed, event::apply)))
                            : Mono.defer(() -> outbox.insert(changed, event::apply));
                    return write.onErrorMap(OptimisticLockingFailureException.class, e -> PortalException.staleVersion())
                            .onErrorMap(DuplicateKeyException.class, e -> PortalException.staleVersion());
                }));
    }

    private Mono<List<FieldProblem>> problems(FirmTags current, TagDetails details) {
        if (details.chainId() == null || details.chainId().equals(current.chainId())) {
            return Mono.just(List.of());
        }
        return catalogue.stored(details.chainId())
                .map(chain -> chain.retired() ? List.of(new FieldProblem("chainId", "chain.retired"))
                        : List.<FieldProblem>of())
                .onErrorResume(PortalException.class,
                        e -> Mono.just(List.of(new FieldProblem("chainId", "chain.unknown"))));
    }

    private Mono<Enterprise> firm(String enterpriseId) {
        return enterprises.listed(enterpriseId).switchIfEmpty(Mono.error(PortalException.notFound()));
    }

    private Mono<FirmTags> stored(String enterpriseId) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(enterpriseId)), FirmTags.class);
    }

    private Mono<Map<String, String>> chainNames() {
        return catalogue.all().collectMap(IndustryChain::id, IndustryChain::nameZh);
    }

    /** The chain by its Chinese name and each flag as yes or no, only what changed. */
    private static List<FieldChange> changes(FirmTags before, FirmTags after, Map<String, String> chainNames) {
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(before.chainId(), after.chainId())) {
            changes.add(new FieldChange("industryChain", chainNames.get(before.chainId()),
                    chainNames.get(after.chainId())));
        }
        for (FirmFlag flag : FirmFlag.values()) {
            if (before.has(flag) != after.has(flag)) {
                changes.add(new FieldChange("firmFlag." + flag, String.valueOf(before.has(flag)),
                        String.valueOf(after.has(flag))));
            }
        }
        return changes;
    }

    /** A firm and its tags. */
    public record Tagged(Enterprise firm, FirmTags tags) {
    }
}
