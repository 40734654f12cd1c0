package cn.baiyun.hte.platform.idempotency;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/** The contract's side of safe retries: the optional header and its two answers on every creating operation. */
final class IdempotencyContract {

    private static final String DESCRIPTION = "Makes a retry safe: the first request with a key runs, a retry with "
            + "the same key and the same body gets the first answer again (same status, body and Location, with "
            + "Idempotent-Replayed: true) without running twice. Keys belong to the caller and are kept 24 hours; "
            + "use a new one (a UUID) for each new operation. 1 to 255 visible ASCII characters.";

    private IdempotencyContract() {
    }

    static OpenApiCustomizer customizer() {
        return openApi -> openApi.getPaths().values().forEach(path -> {
            if (path.getPost() == null || !CreatingOperations.creates(path.getPost().getOperationId())) {
                return;
            }
            path.getPost().addParametersItem(new HeaderParameter().name(IdempotencyKeyHeader.NAME).required(false)
                    .description(DESCRIPTION)
                    .example("8e03978e-40d5-43e8-bc93-6894a57f9324")
                    .schema(new StringSchema().minLength(1).maxLength(IdempotencyKeyHeader.MAX_LENGTH)));
            ApiResponses responses = path.getPost().getResponses();
            String inFlight = "The first request with this Idempotency-Key is still being answered "
                    + "(urn:hte:problem:idempotency-key-in-use): retry shortly";
            ApiResponse conflict = responses.get("409");
            if (conflict == null) {
                responses.addApiResponse("409", problem(inFlight));
            } else {
                conflict.setDescription(conflict.getDescription() + "; or: " + inFlight);
            }
            responses.addApiResponse("422", problem("This Idempotency-Key was used before with a different request "
                    + "(urn:hte:problem:idempotency-key-reused): a new operation needs a new key"));
        });
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }
}
