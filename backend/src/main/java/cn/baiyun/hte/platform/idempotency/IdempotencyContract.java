package cn.baiyun.hte.platform.idempotency;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/** The contract's side of safe retries: the optional header and its two answers on every creating operation. */
final class IdempotencyContract {

    private static final String DESCRIPTION = "Makes a retry safe: the first request with a key runs, a retry with "
            + "the same key and the same body gets the first answer again (same status, body and Location, with "
            + "Idempotent-Replayed: true) without running twice. Keys belong to the caller and are kept 24 hours; "
            + "use a new one (a UUID) for each new operation. 1 to 255 visible ASCII characters.";

    private static final String PARAMETER = "IdempotencyKey";
    private static final String IN_USE = "IdempotencyKeyInUse";
    private static final String REUSED = "IdempotencyKeyReused";
    private static final String IN_USE_DESCRIPTION = "The first request with this Idempotency-Key is still being "
            + "answered (urn:hte:problem:idempotency-key-in-use): retry shortly";

    private IdempotencyContract() {
    }

    static OpenApiCustomizer customizer() {
        return openApi -> {
            Components components = openApi.getComponents();
            components.addParameters(PARAMETER, new HeaderParameter().name(IdempotencyKeyHeader.NAME).required(false)
                    .description(DESCRIPTION)
                    .example("8e03978e-40d5-43e8-bc93-6894a57f9324")
                    .schema(new StringSchema().minLength(1).maxLength(IdempotencyKeyHeader.MAX_LENGTH)));
            components.addResponses(IN_USE, problem(IN_USE_DESCRIPTION));
            components.addResponses(REUSED, problem("This Idempotency-Key was used before with a different request "
                    + "(urn:hte:problem:idempotency-key-reused): a new operation needs a new key"));
            openApi.getPaths().values().forEach(path -> {
                Operation post = path.getPost();
                if (post == null || !CreatingOperations.creates(post.getOperationId())) {
                    return;
                }
                post.addParametersItem(new Parameter().$ref("#/components/parameters/" + PARAMETER));
                ApiResponses responses = post.getResponses();
                ApiResponse conflict = responses.get("409");
                if (conflict == null) {
                    responses.addApiResponse("409", new ApiResponse().$ref("#/components/responses/" + IN_USE));
                } else {
                    conflict.setDescription(conflict.getDescription() + "; or: " + IN_USE_DESCRIPTION);
                }
                responses.addApiResponse("422", new ApiResponse().$ref("#/components/responses/" + REUSED));
            });
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }
}
