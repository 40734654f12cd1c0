package cn.baiyun.hte.enterprise;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts firms' HTE certificates for the programme's figures (chain breakdowns, the subsidy schedule), in the
 * database over the certificate's issue date ({@code by_hte_issue}), without loading firms. It answers to
 * the portal itself, not to a caller: the features that ask check who may see their figures. A certificate
 * is valid from its issue date for {@value HteCertificate#VALID_YEARS} years ({@link HteCertificate#validUntil()}).
 */
@Service
public class HteCertificates {

    private static final String ISSUED = "profile.hteCertificate.issueDate";

    private final ReactiveMongoTemplate mongo;

    HteCertificates(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Of the given firms, the ids of those holding a certificate valid on {@code on}. */
    public Flux<String> holdersAmong(Collection<String> enterpriseIds, LocalDate on) {
        List<ObjectId> ids = enterpriseIds.stream().filter(ObjectId::isValid).map(ObjectId::new).toList();
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        Query query = Query.query(Criteria.where("_id").in(ids).and(ISSUED).gt(earliestIssueValidOn(on)).lte(on));
        query.fields().include("_id");
        return mongo.find(query, Enterprise.class).map(Enterprise::id);
    }

    /** Of the given firms, the ids of those whose current certificate was issued in {@code year}. */
    public Flux<String> issuedInAmong(Collection<String> enterpriseIds, int year) {
        List<ObjectId> ids = enterpriseIds.stream().filter(ObjectId::isValid).map(ObjectId::new).toList();
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        Query query = Query.query(Criteria.where("_id").in(ids).and(ISSUED)
                .gte(LocalDate.of(year, 1, 1)).lte(LocalDate.of(year, 12, 31)));
        query.fields().include("_id");
        return mongo.find(query, Enterprise.class).map(Enterprise::id);
    }

    /** How many firms' current certificates were issued in {@code year}. */
    public Mono<Long> issuedIn(int year) {
        return mongo.count(Query.query(Criteria.where(ISSUED)
                .gte(LocalDate.of(year, 1, 1)).lte(LocalDate.of(year, 12, 31))), Enterprise.class);
    }

    /** How many firms' current certificates stop being valid in {@code year} (their last valid day falls in it). */
    public Mono<Long> expiringIn(int year) {
        return mongo.count(Query.query(Criteria.where(ISSUED)
                .gt(earliestIssueValidOn(LocalDate.of(year, 1, 1)))
                .lte(earliestIssueValidOn(LocalDate.of(year, 12, 31)).plusDays(1))), Enterprise.class);
    }

    /** A certificate issued on this day is no longer valid on {@code on}; one issued a day later still is. */
    private static LocalDate earliestIssueValidOn(LocalDate on) {
        return on.minusYears(HteCertificate.VALID_YEARS);
    }
}
