package cn.baiyun.hte.integration.webhook;

import cn.baiyun.hte.platform.api.NoBody;
import cn.baiyun.hte.platform.error.Problem;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Webhook subscriptions: admins manage every one, clients holding {@code webhooks:manage} their own (another
 * client's answers 404); everyone else gets 403.
 */
@RestController
@RequestMapping(path = "/api/v1/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks", description = "Events pushed to the subscriber's HTTPS endpoint, signed as Standard Webhooks "
        + "specifies (webhook-id, webhook-timestamp, webhook-signature), retried with backoff and logged")
class WebhookApi {

    private static final String ACCESS = " Admins manage every subscription; clients need the scope webhooks:manage "
            + "and see only their own (another client's answers 404).";

    private final WebhookService webhooks;

    WebhookApi(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @ClientScope(Scopes.WEBHOOKS_MANAGE)
    @GetMapping
    @Operation(operationId = "listWebhooks", summary = "The caller's webhook subscriptions, a page at a time",
            description = "In the order they were made; without their secrets." + ACCESS)
    Mono<PageOf<WebhookResource>> list(PortalUser user, @RequestParam(required = false) Integer limit,
                                       @RequestParam(required = false) String cursor) {
        return webhooks.page(user, limit, cursor).map(page -> page.map(WebhookResource::of));
    }

    @ClientScope(Scopes.WEBHOOKS_MANAGE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createWebhook", summary = "Subscribe an endpoint to event types",
            description = "The endpoint must be HTTPS (plain HTTP only to 127.0.0.1, localhost or ::1). A client may "
                    + "choose only the event types its scopes read: filing.* need filings:read, tier.published "
                    + "enterprises:read, roadshow.registration.changed roadshows:read, referral.updated referrals:read "
                    + "and a department claim; a client bound to a firm receives only that firm's events, a department's "
                    + "system only its own department's referrals. The answer carries the signing secret, this once: "
                    + "keep it to verify each message's webhook-signature." + ACCESS,
            responses = @ApiResponse(responseCode = "201", description = "Subscribed; the secret is in the answer",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = CreatedWebhook.class))))
    Mono<ResponseEntity<CreatedWebhook>> create(PortalUser user, @RequestBody WebhookRequest request) {
        return webhooks.create(user, request)
                .map(made -> ResponseEntity.status(HttpStatus.CREATED).body(CreatedWebhook.of(made)));
    }

    @ClientScope(Scopes.WEBHOOKS_MANAGE)
    @GetMapping("/{webhookId}")
    @Operation(operationId = "getWebhook", summary = "One webhook subscription",
            description = "Without its secret; a disabled one says why (BY_OWNER, or FAILING after deliveries kept "
                    + "failing)." + ACCESS)
    Mono<WebhookResource> get(PortalUser user, @PathVariable String webhookId) {
        return webhooks.find(user, webhookId).map(WebhookResource::of);
    }

    @ClientScope(Scopes.WEBHOOKS_MANAGE)
    @PutMapping(path = "/{webhookId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateWebhook", summary = "Change a subscription, or turn it off or on",
            description = "Replaces the endpoint, description and event types; enabled false turns the subscription "
                    + "off, true on again (its failures forgotten); absent leaves it as it is. The secret stays. "
                    + "A client's change brings its current scopes and bindings to the subscription." + ACCESS,
            responses = {
                    @ApiResponse(responseCode = "200", description = "The subscription as changed",
                            content = @Content(schema = @Schema(implementation = WebhookResource.class))),
                    @ApiResponse(responseCode = "409", description = "Changed by someone else meanwhile: read it again",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class)))})
    Mono<WebhookResource> update(PortalUser user, @PathVariable String webhookId, @RequestBody WebhookRequest request) {
        return webhooks.update(user, webhookId, request).map(WebhookResource::of);
    }

    @ClientScope(Scopes.WEBHOOKS_MANAGE)
    @DeleteMapping(path = "/{webhookId}", produces = NoBody.PRODUCES)
    @Operation(operationId = "deleteWebhook", summary = "Delete a subscription and its delivery log",
            description = "Messages not yet delivered are not sent." + ACCESS,
            responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    Mono<ResponseEntity<Void>> delete(PortalUser user, @PathVariable String webhookId) {
        return webhooks.delete(user, webhookId).thenReturn(ResponseEntity.noContent().build());
    }

    @ClientScope(Scopes.WEBHOOKS_MANAGE)
    @GetMapping("/{webhookId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A subscription's delivery log, newest first",
            description = "Each message with its status (PENDING, SENDING, DELIVERED, FAILED), attempts, the last "
                    + "answer's HTTP status and the last error." + ACCESS)
    Mono<PageOf<DeliveryResource>> deliveries(PortalUser user, @PathVariable String webhookId,
                                              @RequestParam(required = false) Integer limit,
                                              @Parameter(description = "The next of the previous page")
                                              @RequestParam(required = false) String cursor) {
        return webhooks.deliveries(user, webhookId, limit, cursor).map(page -> page.map(DeliveryResource::of));
    }

    @ClientScope(Scopes.WEBHOOKS_MANAGE)
    @PostMapping("/{webhookId}/deliveries/{deliveryId}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivered or failed message again",
            description = "With the same webhook-id (it is the same message) and a new timestamp and signature, as soon "
                    + "as a worker is free; its attempts count from zero. A message still being tried, or one of a "
                    + "disabled subscription, answers 409." + ACCESS,
            responses = {
                    @ApiResponse(responseCode = "202", description = "Queued to be sent again",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = DeliveryResource.class))),
                    @ApiResponse(responseCode = "409", description = "Still being tried, or the subscription is disabled",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class)))})
    Mono<ResponseEntity<DeliveryResource>> replay(PortalUser user, @PathVariable String webhookId,
                                                  @PathVariable String deliveryId) {
        return webhooks.replay(user, webhookId, deliveryId)
                .map(delivery -> ResponseEntity.status(HttpStatus.ACCEPTED).body(DeliveryResource.of(delivery)));
    }
}
