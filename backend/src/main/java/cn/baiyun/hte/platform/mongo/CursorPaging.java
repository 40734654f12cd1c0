package cn.baiyun.hte.platform.mongo;

import java.util.List;
import java.util.function.Function;

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

    public record Page<T>(List<T> items, String next) {
    }

    /** Whether a client's cursor can be one of ours; answer a validation problem if not. */
    public static boolean validCursor(String cursor) {
        return cursor == null || ObjectId.isValid(cursor);
    }

    public static <T> Mono<Page<T>> page(ReactiveMongoTemplate mongo, Criteria criteria, Class<T> type, int limit,
                                         String cursor, Function<T, String> id) {
        Criteria range = cursor == null ? criteria : criteria.and("_id").gt(new ObjectId(cursor));
        Query query = Query.query(range).with(Sort.by("_id")).limit(limit + 1);
        return mongo.find(query, type).collectList().map(found -> {
            boolean more = found.size() > limit;
            List<T> items = more ? found.subList(0, limit) : found;
            return new Page<>(items, more ? id.apply(items.get(limit - 1)) : null);
        });
    }
}
