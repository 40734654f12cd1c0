package cn.baiyun.hte.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of any list of the API, the one envelope they all answer: the items in the list's stable
 * order and {@code next}, the cursor of the following page (null on the last). A generic record, so that
 * the contract names each list's schema the same way: {@code PageOfEnterpriseResource},
 * {@code PageOfFilingSummary}, …
 */
public record PageOf<T>(List<T> items, String next) {

    public PageOf {
        items = List.copyOf(items);
    }

    /**
     * The page out of what a query found when it asked for one item more than the page holds: that one
     * only tells whether a following page exists, and the last item kept is where it starts.
     */
    public static <T> PageOf<T> ofFetched(List<T> fetched, PageRequest request, Function<T, String> cursorOf) {
        int limit = request.limit();
        if (fetched.size() <= limit) {
            return new PageOf<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new PageOf<>(items, cursorOf.apply(items.get(limit - 1)));
    }

    public <R> PageOf<R> map(Function<? super T, ? extends R> mapper) {
        return new PageOf<>(items.stream().<R>map(mapper).toList(), next);
    }
}
