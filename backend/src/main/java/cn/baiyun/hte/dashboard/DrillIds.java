package cn.baiyun.hte.dashboard;

import java.util.Comparator;
import java.util.List;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.security.PortalUser;
import reactor.core.publisher.Mono;

/**
 * A page of the firms a figure counted, when the counting feature hands over their ids (chains, clusters,
 * departments): the ids after the cursor in ascending order, so that pages neither repeat nor skip a firm.
 */
final class DrillIds {

    private DrillIds() {
    }

    static Mono<PageOf<Enterprise>> page(EnterpriseService enterprises, PortalUser reviewer, List<String> ids,
                                         PageRequest page) {
        List<String> after = ids.stream().sorted()
                .filter(id -> page.cursor() == null || id.compareTo(page.cursor()) > 0)
                .limit(page.limit() + 1L).toList();
        return enterprises.findAll(reviewer, after).sort(Comparator.comparing(Enterprise::id)).collectList()
                .map(found -> PageOf.ofFetched(found, page, Enterprise::id));
    }
}
