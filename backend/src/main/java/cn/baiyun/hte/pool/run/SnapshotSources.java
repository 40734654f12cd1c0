package cn.baiyun.hte.pool.run;

import java.util.List;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.filing.FiledYear;
import cn.baiyun.hte.filing.portfolio.IpRight;
import cn.baiyun.hte.filing.portfolio.TransformationsPerYear;

/**
 * What one firm's assessment snapshot is assembled from: its profile, the fiscal years that count (the
 * run reads the accepted ones, the self-check each year's latest revision) and its portfolio.
 */
public record SnapshotSources(Enterprise firm, List<FiledYear> filedYears, List<IpRight> ipRights,
                              TransformationsPerYear transformations) {
}
