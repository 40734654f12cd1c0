package cn.baiyun.hte.pool.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.coaching.CoachingTopic;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.FirmAccess;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.pool.FeedbackAcknowledged;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.board.PoolEntryRepository;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a firm is told about its place in the pool: only what the bureau published, never the proposal
 * behind it. An entry not (yet) published is answered exactly like one that does not exist, so a firm
 * cannot learn that it was assessed. The firm's approved members and reviewers read; only the members
 * acknowledge. Integration clients have no feedback scope and are refused before any firm is looked at.
 */
@Service
public class FeedbackService {


    private final EnterpriseService enterprises;
    private final FirmAccess access;
    private final PoolEntryRepository entries;
    private final ReactiveMongoTemplate mongo;
    private final StoredResults results;
    private final Outbox outbox;
    private final Clock clock;

    FeedbackService(EnterpriseService enterprises, FirmAccess access, PoolEntryRepository entries,
                    ReactiveMongoTemplate mongo, StoredResults results, Outbox outbox, Clock clock) {
        this.enterprises = enterprises;
        this.access = access;
        this.entries = entries;
        this.mongo = mongo;
        this.results = results;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The published feedback of one cycle, with the full result recomputed from the published snapshot
     * under the rule set it was made with.
     *
     * @param result      null for an "insufficient data" outcome, which has no snapshot
     * @param explanation null exactly when {@code result} is
     */
    public record Feedback(int year, PoolEntry.Publication publication, Assessment result,
                           ResultExplanation explanation, List<CoachingTopic> coachingFocus, Instant acknowledgedAt) {

        /** Tier 3 tells the firm to enter the tech-based SME register ({@link #focusOf}). */
        public boolean toRegisterAsTechSme() {
            return coachingFocus.contains(CoachingTopic.TECH_SME_REGISTRATION);
        }
    }

    /** The firm, for its approved members and reviewers: 404 for an unknown firm or someone else's. */
    public Mono<Enterprise> firm(PortalUser user, String enterpriseId) {
        return user.client() ? Mono.error(PortalException.forbidden()) : enterprises.find(user, enterpriseId);
    }

    /** Every published cycle of the firm, newest first. */
    public Flux<PoolEntry> history(PortalUser user, String enterpriseId) {
        return firm(user, enterpriseId).thenMany(publishedOf(enterpriseId));
    }

    /** The firm and its published cycles, newest first, after one access check (the overview page shows both). */
    Mono<FirmHistory> firmWithHistory(PortalUser user, String enterpriseId) {
        return firm(user, enterpriseId).zipWhen(firm -> publishedOf(enterpriseId).collectList(), FirmHistory::new);
    }

    record FirmHistory(Enterprise firm, List<PoolEntry> history) {
    }

    private Flux<PoolEntry> publishedOf(String enterpriseId) {
        return entries.findByEnterpriseIdAndPublicationIsNotNullOrderByCycleYearDesc(enterpriseId);
    }

    /** The feedback published for the cycle of {@code year}; 404 when none is. */
    public Mono<Feedback> published(PortalUser user, String enterpriseId, int year) {
        return firm(user, enterpriseId)
                .then(entries.findByCycleYearAndEnterpriseId(year, enterpriseId))
                .filter(entry -> entry.publication() != null)
                .switchIfEmpty(Mono.error(PortalException::notFound))
                .map(this::feedback);
    }

    /**
     * The firm says it has read the current publication. The first acknowledgement is kept: one
     * conditional update that only a published, not yet acknowledged entry matches; asking again changes
     * nothing and answers the entry as it is. Only the firm's approved members acknowledge.
     */
    public Mono<PoolEntry> acknowledge(PortalUser user, String enterpriseId, int year) {
        if (user.client()) {
            return Mono.error(PortalException.forbidden());
        }
        Criteria ofCycle = Criteria.where("cycleYear").is(year).and("enterpriseId").is(enterpriseId)
                .and("publication").ne(null);
        Query notYetAcknowledged = Query.query(ofCycle).addCriteria(Criteria.where("acknowledgedAt").is(null));
        return access.requireFirmMember(user, enterpriseId)
                .then(mongo.findOne(notYetAcknowledged, PoolEntry.class))
                .flatMap(entry -> outbox.update(Query.query(Criteria.where("_id").is(entry.id()))
                                .addCriteria(Criteria.where("acknowledgedAt").is(null)),
                        new Update().set("acknowledgedAt", Instant.now(clock)), PoolEntry.class,
                        new FeedbackAcknowledged(EventHeader.of(FeedbackAcknowledged.TYPE, user, "poolEntry", entry.id(),
                                enterpriseId, clock), year)))
                .switchIfEmpty(Mono.defer(() -> mongo.findOne(Query.query(ofCycle), PoolEntry.class)))
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /** The feedback of a published entry, as {@link #published} answers it. */
    Feedback feedback(PoolEntry entry) {
        PoolEntry.Publication publication = entry.publication();
        var recomputed = results.of(publication.snapshotJson(), publication.ruleSetVersion());
        return new Feedback(entry.cycleYear(), publication,
                recomputed.map(StoredResults.Recomputed::result).orElse(null),
                recomputed.map(StoredResults.Recomputed::explained).orElse(null),
                focusOf(publication.tier(), publication.techSme()),
                entry.acknowledgedAt());
    }

    /**
     * The coaching focus of the Baiyun plan for the tier; none outside the pool or without a tier. Tier 3 is
     * coached on growth targets, and on entering the tech-based SME register only where the published result
     * says the firm's figures pass and it is not registered ({@link PoolEntry.TechSme#toRegister()}): for any
     * other tier-3 firm that step is not the next one.
     */
    static List<CoachingTopic> focusOf(TierResult tier, PoolEntry.TechSme techSme) {
        if (tier == null) {
            return List.of();
        }
        boolean toRegister = tier == TierResult.TIER_3 && techSme != null && techSme.toRegister();
        List<CoachingTopic> focus = switch (tier) {
            case TIER_1 -> CoachingTopic.focusOf(1);
            case TIER_2 -> CoachingTopic.focusOf(2);
            case TIER_3 -> CoachingTopic.focusOf(3);
            case NOT_IN_POOL -> List.of();
        };
        return focus.stream().filter(topic -> toRegister || topic != CoachingTopic.TECH_SME_REGISTRATION).toList();
    }
}
