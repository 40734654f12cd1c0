package cn.baiyun.hte.pool.cycle;

/**
 * Where a year's cycle is: firms file while it is OPEN; the pool is proposed once it is ASSESSED,
 * SETTLED when the tiers are final (by 30 April), and RECOMMENDED once tier 1 went to the province.
 */
public enum CycleStatus {
    OPEN, ASSESSED, SETTLED, RECOMMENDED
}
