package cn.baiyun.hte.platform.paging;

/**
 * How long a list's pages are: {@code standard} items when the client names no limit, at most
 * {@code max} when it does.
 */
public record PageSize(int standard, int max) {
}
