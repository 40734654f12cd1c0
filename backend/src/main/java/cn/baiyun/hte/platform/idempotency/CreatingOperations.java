package cn.baiyun.hte.platform.idempotency;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * The API operations that create something, named by their operation id in the contract: the one place
 * that says which POSTs take an {@code Idempotency-Key}. A feature that adds a creating operation adds its
 * id here and changes nothing else; the filter, the contract's header and its answers follow. Operations
 * that are safe to repeat by nature (marking read, checking in, replacing an attachment, state changes
 * guarded by If-Match) are left out.
 */
final class CreatingOperations {

    static final Set<String> IDS = Set.of(
            "createClaim",
            "createFiling",
            "createIpAsset",
            "createAchievement",
            "createRdProject",
            "uploadDocument",
            "referFirm",
            "importReferrals",
            "createWebhook",
            "registerForRoadshow",
            "createRoadshow",
            "draftAnnouncement",
            "draftPolicy",
            "logCoachingVisit",
            "openCycle",
            "addIndustryChain",
            "recordRelocation",
            "addSubsidyRate");

    private final List<RequestMappingInfo> mappings;

    private CreatingOperations(List<RequestMappingInfo> mappings) {
        this.mappings = mappings;
    }

    /**
     * The handler mappings of the listed operations; an id that no handler carries is a mistake (renamed
     * or removed operation) and stops the start rather than silently losing the protection.
     */
    static CreatingOperations in(List<RequestMappingHandlerMapping> handlerMappings) {
        Map<RequestMappingInfo, String> found = handlerMappings.stream()
                .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
                .filter(entry -> IDS.contains(operationId(entry.getValue())))
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> operationId(entry.getValue())));
        Set<String> missing = new TreeSet<>(IDS);
        missing.removeAll(found.values());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Creating operations without a handler: " + missing);
        }
        return new CreatingOperations(List.copyOf(found.keySet()));
    }

    /** Whether the request goes to one of the creating operations (its method, path and content type). */
    boolean matches(ServerWebExchange exchange) {
        for (RequestMappingInfo mapping : mappings) {
            if (mapping.getMatchingCondition(exchange) != null) {
                return true;
            }
        }
        return false;
    }

    static boolean creates(String operationId) {
        return IDS.contains(operationId);
    }

    private static String operationId(HandlerMethod handler) {
        Operation operation = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Operation.class);
        return operation != null && !operation.operationId().isEmpty() ? operation.operationId()
                : handler.getMethod().getName();
    }
}
