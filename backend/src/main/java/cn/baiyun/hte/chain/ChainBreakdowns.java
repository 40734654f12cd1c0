package cn.baiyun.hte.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.baiyun.hte.enterprise.FirmFigures;
import cn.baiyun.hte.platform.security.PortalUser;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The firms by industry chain and cluster, for the dashboard: one aggregation over {@code firmTags} grouped by
 * chain (each firm's id and flags), then one query for which of the tagged firms hold a valid HTE certificate
 * ({@link FirmFigures#holdersAmong}, by id: the tagged firms are the district's key firms, a short list). Only tagged firms are read, never all the district's firms. Reviewers get
 * the firms' ids with every figure; department officers and clients with {@code dashboard:read} the counts.
 */
@Service
public class ChainBreakdowns {

    private final ChainCatalogue catalogue;
    private final FirmFigures certificates;
    private final ReactiveMongoTemplate mongo;

    ChainBreakdowns(ChainCatalogue catalogue, FirmFigures certificates, ReactiveMongoTemplate mongo) {
        this.catalogue = catalogue;
        this.certificates = certificates;
        this.mongo = mongo;
    }

    /** The breakdown on {@code on} (HTE certificates valid that day). */
    public Mono<ChainBreakdown> on(PortalUser user, LocalDate on) {
        boolean showIds = ChainAccess.seesFirms(user);
        return ChainAccess.requireReader(user).then(Mono.defer(() -> Mono.zip(
                        catalogue.all().collectList(), taggedByChain())))
                .flatMap(found -> {
                    Set<String> tagged = new HashSet<>();
                    found.getT2().values().forEach(firms -> tagged.addAll(firms.keySet()));
                    return certificates.holdersAmong(tagged, on).collect(HashSet<String>::new, Set::add)
                            .map(hte -> breakdown(on, found.getT1(), found.getT2(), hte, showIds));
                });
    }

    /** Chain id (empty string for none) → firm id → flags, from one {@code $group} over the tags. */
    private Mono<Map<String, Map<String, Set<FirmFlag>>>> taggedByChain() {
        List<Document> pipeline = List.of(new Document("$group", new Document("_id", "$chainId")
                .append("firms", new Document("$push", new Document("id", "$_id").append("flags", "$flags")))));
        return mongo.getCollection(FirmTags.COLLECTION)
                .flatMapMany(collection -> collection.aggregate(pipeline))
                .collectMap(group -> group.get("_id") == null ? "" : group.get("_id").toString(), ChainBreakdowns::firms);
    }

    private static Map<String, Set<FirmFlag>> firms(Document group) {
        Map<String, Set<FirmFlag>> firms = new LinkedHashMap<>();
        for (Document firm : group.getList("firms", Document.class)) {
            Object id = firm.get("id");
            Set<FirmFlag> flags = new HashSet<>();
            List<?> stored = firm.get("flags") instanceof List<?> list ? list : List.of();
            stored.forEach(flag -> flags.add(FirmFlag.valueOf(flag.toString())));
            firms.put(id instanceof ObjectId oid ? oid.toHexString() : id.toString(), flags);
        }
        return firms;
    }

    private static ChainBreakdown breakdown(LocalDate on, List<IndustryChain> chains,
                                            Map<String, Map<String, Set<FirmFlag>>> tagged, Set<String> hte,
                                            boolean showIds) {
        List<ChainFigures> rows = new ArrayList<>();
        Map<String, List<IndustryChain>> clusters = new LinkedHashMap<>();
        for (IndustryChain chain : chains) {
            Map<String, Set<FirmFlag>> firms = tagged.getOrDefault(chain.id(), Map.of());
            if (chain.retired() && firms.isEmpty()) {
                continue;
            }
            rows.add(figures(chain, firms, hte, showIds));
            clusters.computeIfAbsent(chain.clusterZh(), key -> new ArrayList<>()).add(chain);
        }
        // A firm whose chain and flags were all taken away again is tagged with nothing.
        Map<String, Set<FirmFlag>> unchained = new LinkedHashMap<>(tagged.getOrDefault("", Map.of()));
        unchained.values().removeIf(Set::isEmpty);
        if (!unchained.isEmpty()) {
            rows.add(figures(null, unchained, hte, showIds));
        }
        List<ClusterFigures> clusterRows = clusters.values().stream().map(members -> {
            Map<String, Set<FirmFlag>> firms = new LinkedHashMap<>();
            members.forEach(chain -> firms.putAll(tagged.getOrDefault(chain.id(), Map.of())));
            ChainFigures all = figures(null, firms, hte, showIds);
            String clusterEn = members.stream().map(IndustryChain::clusterEn).filter(en -> en != null && !en.isBlank())
                    .findFirst().orElse(null);
            return new ClusterFigures(members.get(0).clusterZh(), clusterEn,
                    members.stream().map(IndustryChain::id).toList(), all.firms(), all.hte(), all.flags());
        }).toList();
        return new ChainBreakdown(on, rows, clusterRows);
    }

    private static ChainFigures figures(IndustryChain chain, Map<String, Set<FirmFlag>> firms, Set<String> hte,
                                        boolean showIds) {
        Set<String> holders = new TreeSet<>(firms.keySet());
        holders.retainAll(hte);
        Map<FirmFlag, FirmGroup> flags = new EnumMap<>(FirmFlag.class);
        for (FirmFlag flag : FirmFlag.values()) {
            flags.put(flag, FirmGroup.of(firms.entrySet().stream().filter(firm -> firm.getValue().contains(flag))
                    .map(Map.Entry::getKey).toList(), showIds));
        }
        return new ChainFigures(chain, FirmGroup.of(firms.keySet(), showIds), FirmGroup.of(holders, showIds), flags);
    }
}
