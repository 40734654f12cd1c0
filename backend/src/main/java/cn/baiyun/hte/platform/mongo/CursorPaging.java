package cn.baiyun.hte.platform.mongo;

import java.util.function.Function;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

/**
 * Keyset pagination in id order: stable while documents are added, and each page is one indexed range
 * query however deep the reader pages. The cursor is the id of the last item of the previous page.
 */
public final class CursorPaging {

    private CursorPaging() {
    }

    /**
     * The page of the documents {@code criteria} matches. The range on the id is a clause of its own, so
     * that criteria which already constrain the id (a firm user's own firms) combine with it.
     */
    public static <T> Mono<PageOf<T>> page(ReactiveMongoTemplate mongo, Criteria criteria, Class<T> type,
                                           PageRequest request, Function<T, String> id) {
        Criteria range = request.cursor() == null ? criteria
                : new Criteria().andOperator(criteria, Criteria.where("_id").gt(new ObjectId(request.cursor())));
        Query query = Query.query(range).with(Sort.by("_id")).limit(request.limit() + 1);
        return mongo.find(query, type).collectList().map(found -> PageOf.ofFetched(found, request, id));
    }
}
