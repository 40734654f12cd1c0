package cn.baiyun.hte.filing.portfolio;

import java.time.Duration;
import java.util.List;

import cn.baiyun.hte.support.Principals;
import org.springframework.stereotype.Component;

/** A firm's portfolio as stored now, read with a reviewer's rights, to compare before and after a request. */
@Component
class StoredPortfolio {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final PortfolioService portfolio;

    StoredPortfolio(PortfolioService portfolio) {
        this.portfolio = portfolio;
    }

    Snapshot of(String enterpriseId) {
        var reviewer = Principals.reviewer().user();
        return new Snapshot(portfolio.ipAssets(reviewer, enterpriseId).collectList().block(TIMEOUT),
                portfolio.achievements(reviewer, enterpriseId).collectList().block(TIMEOUT),
                portfolio.rdProjects(reviewer, enterpriseId).collectList().block(TIMEOUT));
    }

    record Snapshot(List<IpAsset> ipAssets, List<Achievement> achievements, List<RdProject> rdProjects) {
    }
}
