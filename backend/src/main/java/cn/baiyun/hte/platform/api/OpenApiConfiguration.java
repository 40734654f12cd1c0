package cn.baiyun.hte.platform.api;

import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.Problem;
import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.PublicApi;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
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
    /** Whom integrators write to; the bureau's deployment sets up this mailbox. */
    private static final String CONTACT = "hte-api@baiyun.example";

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("HTE Cultivation Portal API").version("v1")
                        .description("高新技术企业培育平台开放接口. Errors are RFC 9457 application/problem+json; "
                                + "lists use cursor pagination (limit, cursor, next).")
                        .contact(new Contact().name("白云区科学技术局 · HTE portal").email(CONTACT))
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

    /** The operations' hand-written descriptions and examples, read once at start-up. */
    @Bean
    OperationDocs operationDocs() {
        return OperationDocs.load();
    }

    /**
     * Each operation's description and examples from {@link OperationDocs} first, in the same customizer so that
     * the order is certain; then public reads (no token needed) get the empty security requirement first, and every
     * operation's description ends with who may call it, as its security says, so that a reader of the
     * documentation need not decode it.
     */
    @Bean
    OpenApiCustomizer accessDescriptions(OperationDocs docs) {
        return openApi -> {
            docs.apply(openApi);
            describeAccess(openApi);
        };
    }

    private static void describeAccess(OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean open = method == PathItem.HttpMethod.GET && PublicApi.isPublicRead(path);
            if (open) {
                List<SecurityRequirement> security = new ArrayList<>();
                security.add(new SecurityRequirement());
                security.addAll(operation.getSecurity());
                operation.setSecurity(security);
            }
            String access = "**Access:** " + access(open, operation.getSecurity());
            operation.setDescription(operation.getDescription() == null ? access
                    : operation.getDescription() + "\n\n" + access);
        }));
    }

    private static String access(boolean open, List<SecurityRequirement> security) {
        if (open) {
            return "public: no token needed; a person's token may show more (e.g. reviewers see unpublished items).";
        }
        return security.stream().filter(requirement -> requirement.containsKey(CLIENT)).findFirst()
                .map(requirement -> requirement.get(CLIENT).isEmpty()
                        ? "people, by their role and firms, and any client token."
                        : "people, by their role and firms; clients need the scope "
                                + String.join(" and ", requirement.get(CLIENT).stream().map(s -> "`" + s + "`").toList()) + ".")
                .orElse("people only, by their role and firms; client tokens are refused (403).");
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
