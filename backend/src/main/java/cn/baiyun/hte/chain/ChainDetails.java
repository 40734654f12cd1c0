package cn.baiyun.hte.chain;

/**
 * What a reviewer gives for a chain: its name and its cluster's, in Chinese and optionally English, its place
 * in the list, and whether it is retired (absent: not retired). Boxed, so that a request missing them reaches the
 * rules (and the access check before them) instead of failing to be read.
 */
public record ChainDetails(String nameZh, String nameEn, String clusterZh, String clusterEn, Integer position,
                           Boolean retired) {
}
