package cn.baiyun.hte.subsidy;

/** How many firms an event happened to in the year so far, and how many more it is expected for by the year's end. */
record Counted(long committed, long expected) {
}
