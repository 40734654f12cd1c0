package cn.baiyun.hte.enterprise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.security.PortalUser;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The programme's figures about firms (Baiyun plan's district KPIs, hte-rules.md §3.7 and §5), counted in the
 * database by aggregation pipelines that each start with a match on an indexed field of the profile, so that
 * no firm is loaded into the application to be counted:
 * <ul>
 *   <li>a firm holds a valid HTE certificate on day {@code D} when it was issued on or before {@code D} and less
 *       than three years before it ({@link HteCertificate#validUntil()}): issue date in {@code (D − 3 years, D]}
 *       (index by_hte_issue);</li>
 *   <li>a 专精特新 certificate is valid on {@code D} when {@code validFrom ≤ D ≤ validTo} (index
 *       by_specialised_validity);</li>
 *   <li>above designated size is the official flag the firm or the bureau recorded ({@code true} only).</li>
 * </ul>
 * The counts are for the bureau's dashboard: they name no firm. The firm lists behind them are for reviewers only.
 */
@Service
public class FirmFigures {

    private static final String ISSUE_DATE = "profile.hteCertificate.issueDate";
    private static final String ABOVE_SIZE = "profile.aboveDesignatedSize";
    private static final String SPECIALISED_FROM = "profile.specialized.validFrom";
    private static final String SPECIALISED_TO = "profile.specialized.validTo";
    private static final String TECH_SME_YEAR = "profile.techSme.year";
    private static final String STAGE = "profile.lifecycleStage";
    /** Where the expressions find the firm: the pipeline's document itself, or the firm joined to it. */
    private static final String ROOT = "$";
    private static final String FIRM = "$firm.";

    /**
     * The three targets' actuals on a day: valid HTE certificates, of them above designated size, valid 专精特新
     * certificates, and firms holding both.
     */
    public record Standing(LocalDate date, long hte, long hteAboveSize, long specialised, long specialisedHte) {
    }

    /** How many HTE certificates end their validity in a calendar year: the year's re-recognition work. */
    public record Expiring(int year, long certificates) {
    }

    /** Verified firms at a lifecycle stage as the firms' profiles record it. */
    public record StageCount(LifecycleStage stage, long firms) {
    }

    /**
     * Verified firms by their above-designated-size flag ({@code null}: not answered), and how many of them hold
     * a valid HTE certificate on the day asked about.
     */
    public record SizeCount(Boolean aboveSize, long firms, long hte) {
    }

    /** HTE certificates issued in a calendar year. */
    public record Issued(int year, long certificates) {
    }

    /**
     * The firms entered in the tech-based SME register in {@code year}, and how many of them were first
     * recognised as HTE (certificate issued) in the following calendar year.
     */
    public record TechSmeCohort(int year, long techSmes, long recognisedNextYear) {
    }

    /**
     * What a set of firms would add to the targets if all of them were recognised on the day: those without a
     * valid certificate, of them above designated size, of them with a valid 专精特新 certificate.
     */
    public record Gain(long firms, long newHte, long newHteAboveSize, long newSpecialisedHte) {

        public static final Gain NONE = new Gain(0, 0, 0, 0);

        public Gain plus(Gain other) {
            return new Gain(firms + other.firms, newHte + other.newHte, newHteAboveSize + other.newHteAboveSize,
                    newSpecialisedHte + other.newSpecialisedHte);
        }
    }

    /** The gain of one group of {@link FirmsNamed} (the group's key as the pipeline gives it). */
    public record GroupGain(Object group, Gain gain) {
    }

    /** Which firms a number stands for, for the list behind it. */
    public enum Kind { HTE, HTE_ABOVE_SIZE, SPECIALISED, SPECIALISED_HTE, STAGE, ABOVE_SIZE, NOT_ABOVE_SIZE }

    /**
     * A set of firms counted on {@code date}; {@code stage} for {@link Kind#STAGE}. (The firms whose certificate
     * ends in a year are the dashboard's re-recognition list, in its own order.)
     */
    public record Selection(Kind kind, LocalDate date, LifecycleStage stage) {
    }

    private final ReactiveMongoTemplate mongo;

    FirmFigures(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The targets' actuals on {@code date}: two pipelines, one per indexed certificate. */
    public Mono<Standing> standing(LocalDate date) {
        Mono<Document> hte = first(aggregate(
                match(validHte(date)),
                group(new Document("_id", null).append("hte", count())
                        .append("aboveSize", countIf(aboveSize(ROOT)))
                        .append("specialised", countIf(specialisedOn(ROOT, date))))));
        Mono<Document> specialised = first(aggregate(
                match(validSpecialised(date)),
                group(new Document("_id", null).append("specialised", count()))));
        return Mono.zip(hte, specialised).map(both -> new Standing(date, number(both.getT1(), "hte"),
                number(both.getT1(), "aboveSize"), number(both.getT2(), "specialised"),
                number(both.getT1(), "specialised")));
    }

    /** Certificates whose validity ends in {@code year} and in the year after, each year with its count. */
    public Flux<Expiring> expiring(int year) {
        List<Object> boundaries = List.of(stored(firstIssueEnding(year)), stored(firstIssueEnding(year + 1)),
                stored(firstIssueEnding(year + 2)));
        return aggregate(
                match(Criteria.where(ISSUE_DATE).gte(firstIssueEnding(year)).lt(firstIssueEnding(year + 2))),
                stage("$bucket", new Document("groupBy", "$" + ISSUE_DATE).append("boundaries", boundaries)
                        .append("output", new Document("certificates", count()))))
                .collectList()
                .flatMapMany(buckets -> Flux.range(0, 2).map(i -> new Expiring(year + i, buckets.stream()
                        .filter(bucket -> boundaries.get(i).equals(bucket.get("_id")))
                        .mapToLong(bucket -> number(bucket, "certificates")).sum())));
    }

    /** Verified firms by lifecycle stage, every stage listed (with 0 where none). */
    public Flux<StageCount> stages() {
        return aggregate(match(Criteria.where("verifiedAt").ne(null)),
                group(new Document("_id", "$" + STAGE).append("firms", count())))
                .collectList()
                .flatMapIterable(groups -> java.util.Arrays.stream(LifecycleStage.values())
                        .map(stage -> new StageCount(stage, groups.stream()
                                .filter(g -> stage.name().equals(g.get("_id")))
                                .mapToLong(g -> number(g, "firms")).sum()))
                        .toList());
    }

    /** Verified firms by their above-size flag: yes, no, not answered (in that order), with valid HTEs on {@code date}. */
    public Flux<SizeCount> bySize(LocalDate date) {
        return aggregate(match(Criteria.where("verifiedAt").ne(null)),
                group(new Document("_id", new Document("$ifNull", List.of("$" + ABOVE_SIZE, "unknown")))
                        .append("firms", count()).append("hte", countIf(hteOn(ROOT, date)))))
                .collectList()
                .flatMapIterable(groups -> java.util.stream.Stream.of(Boolean.TRUE, Boolean.FALSE, null)
                        .map(flag -> groups.stream().filter(g -> (flag == null ? "unknown" : flag).equals(g.get("_id")))
                                .findFirst()
                                .map(g -> new SizeCount(flag, number(g, "firms"), number(g, "hte")))
                                .orElse(new SizeCount(flag, 0, 0)))
                        .toList());
    }

    /** Certificates issued in each year from {@code from} to {@code to}, every year listed. */
    public Flux<Issued> issued(int from, int to) {
        List<Object> boundaries = new ArrayList<>();
        for (int year = from; year <= to + 1; year++) {
            boundaries.add(stored(LocalDate.of(year, 1, 1)));
        }
        return aggregate(
                match(Criteria.where(ISSUE_DATE).gte(LocalDate.of(from, 1, 1)).lt(LocalDate.of(to + 1, 1, 1))),
                stage("$bucket", new Document("groupBy", "$" + ISSUE_DATE).append("boundaries", boundaries)
                        .append("output", new Document("certificates", count()))))
                .collectList()
                .flatMapMany(buckets -> Flux.range(from, to - from + 1).map(year -> new Issued(year, buckets.stream()
                        .filter(bucket -> boundaries.get(year - from).equals(bucket.get("_id")))
                        .mapToLong(bucket -> number(bucket, "certificates")).sum())));
    }

    /** The tech-based SME cohorts of {@code from} to {@code to}, each with its HTEs of the following year. */
    public Flux<TechSmeCohort> techSmeCohorts(int from, int to) {
        List<Object> nextYear = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            nextYear.add(new Document("$and", List.of(
                    new Document("$eq", List.of("$" + TECH_SME_YEAR, year)),
                    new Document("$gte", List.of("$" + ISSUE_DATE, stored(LocalDate.of(year + 1, 1, 1)))),
                    new Document("$lt", List.of("$" + ISSUE_DATE, stored(LocalDate.of(year + 2, 1, 1)))))));
        }
        return aggregate(match(Criteria.where(TECH_SME_YEAR).gte(from).lte(to)),
                group(new Document("_id", "$" + TECH_SME_YEAR).append("techSmes", count())
                        .append("recognised", countIf(new Document("$or", nextYear)))))
                .collectList()
                .flatMapMany(groups -> Flux.range(from, to - from + 1).map(year -> groups.stream()
                        .filter(g -> g.get("_id") instanceof Number n && n.intValue() == year).findFirst()
                        .map(g -> new TechSmeCohort(year, number(g, "techSmes"), number(g, "recognised")))
                        .orElse(new TechSmeCohort(year, 0, 0))));
    }

    /**
     * What each group of the firms {@code named} would add to the targets if all were recognised on {@code date}:
     * one pipeline over the naming documents, each joined to its firm by {@code _id}; documents naming no firm
     * are left out. Groups without any firm are not listed.
     */
    public Flux<GroupGain> gains(FirmsNamed named, LocalDate date) {
        Document notHte = new Document("$not", List.of(hteOn(FIRM, date)));
        return joined(named, new Document("_id", "$group").append("firms", count()).append("newHte", countIf(notHte))
                .append("aboveSize", countIf(new Document("$and", List.of(notHte, aboveSize(FIRM)))))
                .append("specialised", countIf(new Document("$and", List.of(notHte, specialisedOn(FIRM, date))))))
                .map(g -> new GroupGain(g.get("_id"), new Gain(number(g, "firms"), number(g, "newHte"),
                        number(g, "aboveSize"), number(g, "specialised"))));
    }

    /** How many of the firms {@code named} hold a current certificate issued in {@code year}. */
    public Mono<Long> issuedAmong(FirmsNamed named, int year) {
        Document issuedInYear = new Document("$and", List.of(
                new Document("$gte", List.of(FIRM + ISSUE_DATE, stored(LocalDate.of(year, 1, 1)))),
                new Document("$lt", List.of(FIRM + ISSUE_DATE, stored(LocalDate.of(year + 1, 1, 1))))));
        return joined(named, new Document("_id", null).append("issued", countIf(issuedInYear)))
                .next().map(g -> number(g, "issued")).defaultIfEmpty(0L);
    }

    /**
     * Of the given firms, the ids of those holding a certificate valid on {@code on}. Matches the firms by a list
     * of ids: for short lists (the firms tagged with an industry chain, the district's key firms); a list of
     * thousands belongs in {@link FirmsNamed}.
     */
    public Flux<String> holdersAmong(Collection<String> enterpriseIds, LocalDate on) {
        List<ObjectId> ids = enterpriseIds.stream().filter(ObjectId::isValid).map(ObjectId::new).toList();
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        Query query = Query.query(Criteria.where("_id").in(ids).andOperator(validHte(on)));
        query.fields().include("_id");
        return mongo.find(query, Enterprise.class).map(Enterprise::id);
    }

    /**
     * The documents {@code named}, each joined to its firm (as {@code firm}) and grouped by {@code group}, whose
     * {@code _id} is the naming document's group key. The firm id is converted in the pipeline (the naming
     * documents keep it as a string), so that the join is an equality on {@code _id}.
     */
    private Flux<Document> joined(FirmsNamed named, Document group) {
        List<Document> pipeline = List.of(
                new Document("$match", named.match()),
                new Document("$project", new Document("_id", 0)
                        .append("group", named.group() == null ? new Document("$literal", null) : named.group())
                        .append("firm", new Document("$convert", new Document("input", "$" + named.firmIdField())
                                .append("to", "objectId").append("onError", null).append("onNull", null)))),
                new Document("$lookup", new Document("from", mongo.getCollectionName(Enterprise.class))
                        .append("localField", "firm").append("foreignField", "_id").append("as", "firm")),
                new Document("$unwind", "$firm"),
                new Document("$group", group));
        return mongo.getCollection(named.collection()).flatMapMany(collection -> collection.aggregate(pipeline));
    }

    /** One page of the firms behind a number, in id order; reviewers only (the numbers name no firm, this does). */
    public Mono<PageOf<Enterprise>> firms(PortalUser reviewer, Selection selection, PageRequest page) {
        if (!reviewer.isReviewer() || reviewer.client()) {
            return Mono.error(PortalException.forbidden());
        }
        return CursorPaging.page(mongo, criteria(selection), Enterprise.class, page, Enterprise::id);
    }

    /** Every firm behind a number, streamed in id order, for exports; reviewers only. */
    public Flux<Enterprise> allFirms(PortalUser reviewer, Selection selection) {
        if (!reviewer.isReviewer() || reviewer.client()) {
            return Flux.error(PortalException.forbidden());
        }
        return mongo.find(org.springframework.data.mongodb.core.query.Query.query(criteria(selection))
                .with(org.springframework.data.domain.Sort.by("_id")), Enterprise.class);
    }

    private static Criteria criteria(Selection selection) {
        LocalDate date = selection.date();
        return switch (selection.kind()) {
            case HTE -> validHte(date);
            case HTE_ABOVE_SIZE -> validHte(date).and(ABOVE_SIZE).is(true);
            case SPECIALISED -> validSpecialised(date);
            case SPECIALISED_HTE -> validHte(date).and(SPECIALISED_FROM).lte(date).and(SPECIALISED_TO).gte(date);
            case STAGE -> Criteria.where(STAGE).is(selection.stage()).and("verifiedAt").ne(null);
            case ABOVE_SIZE -> Criteria.where(ABOVE_SIZE).is(true).and("verifiedAt").ne(null);
            case NOT_ABOVE_SIZE -> Criteria.where(ABOVE_SIZE).ne(true).and("verifiedAt").ne(null);
        };
    }

    /** Issued on or before {@code date}, and less than three years before it. */
    private static Criteria validHte(LocalDate date) {
        return Criteria.where(ISSUE_DATE).gt(date.minusYears(HteCertificate.VALID_YEARS)).lte(date);
    }

    private static Criteria validSpecialised(LocalDate date) {
        return Criteria.where(SPECIALISED_TO).gte(date).and(SPECIALISED_FROM).lte(date);
    }

    /**
     * The earliest issue date of a certificate whose validity ends in {@code year}: it ends on the day before the
     * third anniversary of its issue, so the certificates issued on 2 January three years before end first.
     */
    static LocalDate firstIssueEnding(int year) {
        return LocalDate.of(year - HteCertificate.VALID_YEARS, 1, 2);
    }

    /** A valid certificate on {@code date}, of the firm at {@code firm} in the pipeline's document. */
    private Document hteOn(String firm, LocalDate date) {
        return new Document("$and", List.of(
                new Document("$gt", List.of(firm + ISSUE_DATE, stored(date.minusYears(HteCertificate.VALID_YEARS)))),
                new Document("$lte", List.of(firm + ISSUE_DATE, stored(date)))));
    }

    private Document specialisedOn(String firm, LocalDate date) {
        return new Document("$and", List.of(
                new Document("$lte", List.of(firm + SPECIALISED_FROM, stored(date))),
                new Document("$gte", List.of(firm + SPECIALISED_TO, stored(date)))));
    }

    private static Document aboveSize(String firm) {
        return new Document("$eq", List.of(firm + ABOVE_SIZE, true));
    }

    /** A date as the mapping stores it, for the expressions the mapping does not convert. */
    private Object stored(LocalDate date) {
        return mongo.getConverter().convertToMongoType(date);
    }

    private Flux<Document> aggregate(AggregationOperation... stages) {
        // Typed, so that the matches' dates and enums are written as the mapping stores them.
        return mongo.aggregate(Aggregation.newAggregation(Enterprise.class, stages), Document.class);
    }

    private static AggregationOperation match(Criteria criteria) {
        return Aggregation.match(criteria);
    }

    private static AggregationOperation group(Document group) {
        return stage("$group", group);
    }

    private static AggregationOperation stage(String name, Document body) {
        return context -> new Document(name, body);
    }

    private static Document count() {
        return new Document("$sum", 1);
    }

    private static Document countIf(Document condition) {
        return new Document("$sum", new Document("$cond", List.of(condition, 1, 0)));
    }

    private static Mono<Document> first(Flux<Document> groups) {
        return groups.next().defaultIfEmpty(new Document());
    }

    private static long number(Document document, String key) {
        Object value = document.get(key);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
