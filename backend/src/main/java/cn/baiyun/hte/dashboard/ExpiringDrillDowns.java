package cn.baiyun.hte.dashboard;

import java.time.LocalDate;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The re-recognition list: the firms whose HTE certificate ends in a year, in the order a reviewer works through
 * them (the certificate's last day, then the firm's name, then its id so that the order is total). Keyset paging
 * on those three: the cursor is the id of the last firm shown, and the next page starts after that firm's place,
 * so that no firm is shown twice or skipped while the list is read. The firm feature's list is in id order
 * only, hence this query of the dashboard's own.
 */
@Component
class ExpiringDrillDowns {

    private static final String ISSUE_DATE = "profile.hteCertificate.issueDate";
    private static final String NAME = "profile.name";
    private static final String ID = "_id";

    private final ReactiveMongoTemplate mongo;

    ExpiringDrillDowns(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Reviewers only: the caller checked the role. */
    Mono<PageOf<Enterprise>> firms(int year, PageRequest page) {
        Criteria ending = endingIn(year);
        Mono<Criteria> range = page.cursor() == null ? Mono.just(ending)
                : mongo.findOne(Query.query(new Criteria().andOperator(ending,
                                Criteria.where(ID).is(new ObjectId(page.cursor())))), Enterprise.class)
                        .map(last -> new Criteria().andOperator(ending, after(last)))
                        .switchIfEmpty(Mono.error(() -> PortalException.invalid(
                                new FieldProblem("cursor", "paging.cursor"))));
        return range.flatMap(criteria -> mongo.find(Query.query(criteria)
                        .with(Sort.by(ISSUE_DATE, NAME, ID)).limit(page.limit() + 1), Enterprise.class)
                .collectList().map(found -> PageOf.ofFetched(found, page, Enterprise::id)));
    }

    /**
     * A certificate ends in {@code year} ({@link HteCertificate#validUntil()}: the day before the issue date's
     * third anniversary) when it was issued from 2 January three years before to 1 January two years before.
     */
    private static Criteria endingIn(int year) {
        return Criteria.where(ISSUE_DATE).gte(LocalDate.of(year - HteCertificate.VALID_YEARS, 1, 2))
                .lt(LocalDate.of(year - HteCertificate.VALID_YEARS + 1, 1, 2));
    }

    /** The firms sorted after {@code last}. */
    private static Criteria after(Enterprise last) {
        LocalDate issued = last.profile().hteCertificate().issueDate();
        String name = last.name();
        ObjectId id = new ObjectId(last.id());
        return new Criteria().orOperator(
                Criteria.where(ISSUE_DATE).gt(issued),
                Criteria.where(ISSUE_DATE).is(issued).and(NAME).gt(name),
                Criteria.where(ISSUE_DATE).is(issued).and(NAME).is(name).and(ID).gt(id));
    }
}
