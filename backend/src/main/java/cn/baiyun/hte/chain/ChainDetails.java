package cn.baiyun.hte.chain;

/**
 * What a reviewer gives for a chain: its name and its cluster's, in Chinese and optionally English, its place
 * in the list, and whether it is retired.
 */
public record ChainDetails(String nameZh, String nameEn, String clusterZh, String clusterEn, int position,
                           boolean retired) {
}
