package cn.baiyun.hte.filing.evidence;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Stands in for the IP portfolio until it is merged (remove this class then: the portfolio's adapter
 * replaces it). A component rather than a test configuration, so that every test class keeps sharing
 * one application context.
 */
@Component
class StubIpAssets implements IpAssetLookup {

    private final Set<String> held = ConcurrentHashMap.newKeySet();

    void add(String enterpriseId, String ipAssetId) {
        held.add(enterpriseId + "/" + ipAssetId);
    }

    @Override
    public Mono<Boolean> hasIpAsset(String enterpriseId, String ipAssetId) {
        return Mono.just(held.contains(enterpriseId + "/" + ipAssetId));
    }
}
