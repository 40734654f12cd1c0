package cn.baiyun.hte.pool.run;

import java.util.List;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.portfolio.IpAsset;
import cn.baiyun.hte.filing.portfolio.TransformationsPerYear;

/** What one firm's assessment snapshot is assembled from: its profile, filings and portfolio. */
public record SnapshotSources(Enterprise firm, List<Filing> filings, List<IpAsset> ipAssets,
                              TransformationsPerYear transformations) {
}
