package cn.baiyun.hte.pool;

import java.util.List;
import java.util.regex.Pattern;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.FirmsNamed;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.board.PoolEntry;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The pool's figures for the bureau's dashboard, counted in the database by aggregation pipelines that start
 * with a match on the cycle year (the first field of the entries' indexes). An entry's tier is the bureau's
 * decision where there is one, else the proposal ({@link Standing}'s rule); the outlook counts only the tiers the
 * bureau decided or published ({@code decision.tier}, else {@code publication.tier}), never a bare proposal.
 * Entries that could not be assessed have no tier and are not counted.
 */
@Service
public class TierFigures {

    /** The firms of one cycle with one tier. */
    public record TierCount(int cycleYear, TierResult tier, long firms) {
    }

    /** The firms of a cycle with one tier in one technical field (the catalogue code the entry recorded). */
    public record FieldTierCount(String technicalField, TierResult tier, long firms) {
    }

    /** One firm behind a number: its entry's firm, field and tier. */
    public record Line(String entryId, String enterpriseId, String firmName, String technicalField, TierResult tier) {
    }

    private static final String TIER = "$ifNull";

    private final ReactiveMongoTemplate mongo;

    TierFigures(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every cycle's firms by tier from {@code from} to {@code to}; index by_cycle_and_tier. */
    public Flux<TierCount> tiers(int from, int to) {
        return aggregate(Aggregation.match(Criteria.where("cycleYear").gte(from).lte(to)),
                group(new Document("year", "$cycleYear").append("tier", tier())))
                .filter(group -> key(group, "tier") != null)
                .map(group -> new TierCount(((Number) key(group, "year")).intValue(),
                        TierResult.valueOf((String) key(group, "tier")), ((Number) group.get("firms")).longValue()));
    }

    /** One cycle's firms by technical field and tier; index by_cycle_and_field. */
    public Flux<FieldTierCount> fields(int year) {
        return aggregate(Aggregation.match(Criteria.where("cycleYear").is(year)),
                group(new Document("field", "$technicalField").append("tier", tier())))
                .filter(group -> key(group, "tier") != null)
                .map(group -> new FieldTierCount((String) key(group, "field"),
                        TierResult.valueOf((String) key(group, "tier")), ((Number) group.get("firms")).longValue()));
    }

    /**
     * The firms the bureau decided (or published) in tier 1 or tier 2 in the cycle of {@code year}, grouped by
     * that tier's name, for the outlook to count in the database; index by_cycle_and_decided_tier.
     */
    public FirmsNamed decided(int year) {
        List<String> tiers = List.of(TierResult.TIER_1.name(), TierResult.TIER_2.name());
        Document match = new Document("cycleYear", year).append("$or", List.of(
                new Document("decision.tier", new Document("$in", tiers)),
                new Document("decision", null).append("publication.tier", new Document("$in", tiers))));
        // Matched only with a decided tier 1 or 2, or with no decision: then the decision's tier, else the published.
        return new FirmsNamed(mongo.getCollectionName(PoolEntry.class), match, "enterpriseId",
                new Document("$ifNull", List.of("$decision.tier", "$publication.tier")));
    }

    /**
     * One page of the firms of a cycle with a tier (decided, else proposed), optionally in a technical field or
     * below it, in entry order; reviewers only.
     */
    public Mono<PageOf<Line>> firms(PortalUser reviewer, int year, TierResult tier, String technicalField,
                                    PageRequest page) {
        if (!reviewer.isReviewer() || reviewer.client()) {
            return Mono.error(PortalException.forbidden());
        }
        Criteria criteria = Criteria.where("cycleYear").is(year).orOperator(
                Criteria.where("decision.tier").is(tier),
                Criteria.where("decision").is(null).and("proposedTier").is(tier));
        if (technicalField != null && !technicalField.isBlank()) {
            criteria = criteria.and("technicalField").regex("^" + Pattern.quote(technicalField.strip()) + "(\\.|$)");
        }
        return CursorPaging.page(mongo, criteria, PoolEntry.class, page, PoolEntry::id)
                .map(found -> found.map(entry -> new Line(entry.id(), entry.enterpriseId(), entry.firmName(),
                        entry.technicalField(), tier)));
    }

    /** The entry's tier: the decision's, else the proposal's (null when it could not be assessed). */
    private static Document tier() {
        return new Document(TIER, List.of("$decision.tier", "$proposedTier"));
    }

    private Flux<Document> aggregate(AggregationOperation... stages) {
        return mongo.aggregate(Aggregation.newAggregation(PoolEntry.class, stages), Document.class);
    }

    private static AggregationOperation group(Document key) {
        return context -> new Document("$group", new Document("_id", key).append("firms", new Document("$sum", 1)));
    }

    private static Object key(Document group, String name) {
        return ((Document) group.get("_id")).get(name);
    }
}
