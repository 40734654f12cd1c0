package cn.baiyun.hte.filing.portfolio;

import java.util.List;
import java.util.function.Function;

/** One page of a firm's records in stable order; pass {@code next} as {@code cursor} for the following page. */
record ItemPage<T>(List<T> items, String next) {

    <R> ItemPage<R> map(Function<T, R> mapper) {
        return new ItemPage<>(items.stream().map(mapper).toList(), next);
    }
}
