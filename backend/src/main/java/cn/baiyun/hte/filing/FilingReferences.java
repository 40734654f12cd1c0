package cn.baiyun.hte.filing;

import java.util.Locale;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The reference numbers of submissions, {@code HTE-2025-000123}: the fiscal year filed and a number counted
 * per fiscal year from 1, six digits wide. A firm quotes it when it calls the bureau, so it is short,
 * readable over the phone and shows nothing internal (no firm id). The count is one document per fiscal
 * year, raised atomically by the database, so that replicas never hand out the same number. It is raised
 * before the filing is saved: a submission refused after that (a concurrent save) leaves a gap in the
 * numbers, never a duplicate.
 */
@Component
class FilingReferences {

    static final String COLLECTION = "filing_references";

    private final ReactiveMongoTemplate mongo;

    FilingReferences(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<String> next(int fiscalYear) {
        Query year = Query.query(Criteria.where("_id").is(fiscalYear));
        return mongo.findAndModify(year, new Update().inc("last", 1),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
                .map(counter -> format(fiscalYear, ((Number) counter.get("last")).longValue()));
    }

    static String format(int fiscalYear, long number) {
        return String.format(Locale.ROOT, "HTE-%d-%06d", fiscalYear, number);
    }
}
