package cn.baiyun.hte.filing.evidence;

import reactor.core.publisher.Mono;

/**
 * Whether a firm holds an IP asset, so that documents can be linked to it. The IP portfolio answers
 * this; until an implementation is present, links to IP assets are refused as unknown assets.
 */
interface IpAssetLookup {

    Mono<Boolean> hasIpAsset(String enterpriseId, String ipAssetId);
}
