/**
 * The bureau's pool board of a cycle: the entries ({@code poolEntries}) with their filters and derived
 * status, tier decisions and the publication of feedback, on the cycle and entry pages
 * ({@code templates/pool}) and the API under {@code /api/v1/cycles/{year}}. Exposes
 * {@link cn.baiyun.hte.pool.board.PoolEntry} and its repository to the run, the feedback and the
 * recommendation list, and {@link cn.baiyun.hte.pool.board.PoolService}.
 */
package cn.baiyun.hte.pool.board;
