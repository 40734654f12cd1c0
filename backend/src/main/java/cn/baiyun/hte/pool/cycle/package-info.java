/**
 * The annual cycles: one per year, with its filing window, the 30 April adjustment and 25 May
 * recommendation deadlines, its status and the progress of its assessment run. Owns the {@code cycles}
 * collection and the API under {@code /api/v1/cycles}; exposes {@link cn.baiyun.hte.pool.cycle.CycleService}
 * and {@link cn.baiyun.hte.pool.cycle.Cycle} to the rest of the pool.
 */
package cn.baiyun.hte.pool.cycle;
