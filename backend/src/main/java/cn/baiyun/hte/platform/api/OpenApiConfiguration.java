package cn.baiyun.hte.platform.api;

import java.util.List;

import cn.baiyun.hte.platform.error.Problem;
import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The published contract's frame: title, the security of people's and clients' tokens with each operation's
 * client scopes, and the problem+json answers every operation can give. Nothing here depends on the request, so the served document equals the committed one.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // Controllers receive the caller as a PortalUser argument; it is resolved from the token, never sent.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PortalUser.class);
    }

    private static final String BEARER = "keycloak";
    /** The security scheme of clients' tokens, whose requirements name the scopes. */
    static final String CLIENT = "client";
    /** Where the demo's realm issues tokens; a deployment's Keycloak has its own address. */
    private static final String DEMO_TOKEN_URL = "http://localhost:8180/realms/hte/protocol/openid-connect/token";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("HTE Cultivation Portal API").version("v1")
                        .description("高新技术企业培育平台开放接口. Errors are RFC 9457 application/problem+json; "
                                + "lists use cursor pagination (limit, cursor, next).")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("A person's access token from the portal's Keycloak realm with audience "
                                        + "hte-portal-api; what the person may do follows from their roles and firms"))
                        .addSecuritySchemes(CLIENT, clientCredentials()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * An integration client's token, taken by the client-credentials grant; the scopes it holds are the ones an
     * admin gave the client in Keycloak. Sent as a bearer token like a person's.
     */
    private static SecurityScheme clientCredentials() {
        Scopes scopes = new Scopes();
        cn.baiyun.hte.platform.security.Scopes.ALL.forEach(scopes::addString);
        return new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("An integration client's access token (client credentials grant, audience hte-portal-api). "
                        + "The token URL is the demo realm's; use your deployment's Keycloak. An operation admits "
                        + "a client only with the scopes its security requirement names.")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(DEMO_TOKEN_URL).scopes(scopes)));
    }

    /**
     * Each operation's security from its handler's {@link ClientScope}: a person's token, or a client's token
     * with those scopes; an operation without the annotation admits people only. The same annotation is what
     * the API enforces, so the contract says what the code does.
     */
    @Bean
    OperationCustomizer clientScopes() {
        return (operation, handler) -> {
            SecurityRequirement person = new SecurityRequirement().addList(BEARER);
            ClientScope scope = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ClientScope.class);
            operation.setSecurity(scope == null ? List.of(person)
                    : List.of(person, new SecurityRequirement().addList(CLIENT, List.of(scope.value()))));
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            ModelConverters.getInstance().readAll(Problem.class).forEach(openApi.getComponents()::addSchemas);
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                operation.getResponses().putIfAbsent("400", problem("Invalid input, with per-field errors"));
                operation.getResponses().putIfAbsent("401", problem("Missing, expired or invalid access token"));
                operation.getResponses().putIfAbsent("403", problem("The caller's role or scopes do not allow this"));
                operation.getResponses().putIfAbsent("404", problem("Not found, or not the caller's to see"));
                if (namesVersion(operation)) {
                    operation.getResponses().putIfAbsent("409", problem("Not possible in the resource's current state"));
                    operation.getResponses().putIfAbsent("412", problem("The If-Match version is stale: reload"));
                    operation.getResponses().putIfAbsent("428", problem("The If-Match header is required"));
                }
            }));
        };
    }

    private static boolean namesVersion(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn()) && "If-Match".equals(parameter.getName()));
    }

    private static ApiResponse problem(String description) {
        Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(ref)));
    }
}
