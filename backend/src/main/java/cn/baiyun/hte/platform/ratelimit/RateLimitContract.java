package cn.baiyun.hte.platform.ratelimit;

import java.math.BigDecimal;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;

/** The contract's side of rate limits: any operation called with a client's token may answer 429. */
final class RateLimitContract {

    private static final String RATE_LIMITED = "RateLimited";

    private RateLimitContract() {
    }

    static OpenApiCustomizer customizer() {
        return openApi -> {
            openApi.getComponents().addResponses(RATE_LIMITED, new ApiResponse()
                    .description("An integration client sent more requests in the current window than its limit "
                            + "(urn:hte:problem:rate-limited); send again after Retry-After seconds")
                    .addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                            .description("Seconds until the window ends and the client may send again")
                            .schema(new IntegerSchema().minimum(BigDecimal.ONE)))
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    operation.getResponses().putIfAbsent("429",
                            new ApiResponse().$ref("#/components/responses/" + RATE_LIMITED))));
        };
    }
}
