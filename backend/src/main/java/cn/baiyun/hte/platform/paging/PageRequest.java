package cn.baiyun.hte.platform.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import org.bson.types.ObjectId;
import reactor.core.publisher.Mono;

/**
 * The page a client asked for, checked: the one place where every list's {@code limit} and
 * {@code cursor} are read, so that every list answers a bad one with the same field problems.
 *
 * @param limit  how many items, within the list's {@link PageSize}
 * @param cursor the {@code next} of the previous page, or null for the first page
 */
public record PageRequest(int limit, String cursor) {

    static final String LIMIT_KEY = "paging.limit";
    static final String CURSOR_KEY = "paging.cursor";

    /** A page of a list in id order, whose cursors are ids. */
    public static Mono<PageRequest> checked(Integer limit, String cursor, PageSize size) {
        return checked(limit, cursor, size, ObjectId::isValid);
    }

    /**
     * A page of a list with cursors of its own form; {@code issued} tells whether a cursor can be one the
     * list handed out. A limit out of range or a foreign cursor is a validation problem on its field.
     */
    public static Mono<PageRequest> checked(Integer limit, String cursor, PageSize size, Predicate<String> issued) {
        return Mono.defer(() -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (limit != null && (limit < 1 || limit > size.max())) {
                problems.add(new FieldProblem("limit", LIMIT_KEY, 1, size.max()));
            }
            if (cursor != null && !issued.test(cursor)) {
                problems.add(new FieldProblem("cursor", CURSOR_KEY));
            }
            return problems.isEmpty()
                    ? Mono.just(new PageRequest(limit == null ? size.standard() : limit, cursor))
                    : Mono.error(PortalException.invalid(problems));
        });
    }
}
