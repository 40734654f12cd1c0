package cn.baiyun.hte.filing.portfolio;

import java.util.List;

/**
 * What the IP list sums up for the reader: granted Class I rights, and granted Class II rights not yet
 * used in an HTE application (§2 C2 counts only these).
 */
record IpClassCounts(long grantedClassOne, long usableClassTwo) {

    static IpClassCounts of(List<IpAsset> assets) {
        List<IpAssetDetails> granted = assets.stream().map(IpAsset::details)
                .filter(d -> d.status() == IpStatus.GRANTED).toList();
        return new IpClassCounts(granted.stream().filter(d -> d.ipClass() == IpClass.I).count(),
                granted.stream().filter(d -> d.ipClass() == IpClass.II && !d.alreadyUsed()).count());
    }
}
