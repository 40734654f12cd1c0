package cn.baiyun.hte.roadshow;

import java.net.URI;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.platform.upload.FileType;
import cn.baiyun.hte.platform.upload.MultipartUpload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Roadshows and trainings, their registrations, check-in and outcomes. Published events are public (no token
 * needed to list and read them); organisers (reviewers, officers of 金融办) manage events and decide; a firm's
 * approved members sign up and manage their firm's registration; integration clients with
 * {@code roadshows:read} read published events' registrations without check-in codes, and attendees' phone
 * numbers only where the firm consented.
 */
@RestController
@RequestMapping(path = RoadshowApi.ROADSHOWS, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Roadshows", description = "Roadshow financing events (项目路演) and trainings: publication, sign-up with "
        + "a pitch, seats and waitlist, approval, check-in, outcomes")
class RoadshowApi {

    static final String ROADSHOWS = "/api/v1/roadshows";
    private static final String REGISTRATION = "/{roadshowId}/registrations/{registrationId}";

    private final RoadshowService roadshows;
    private final RegistrationService registrations;

    RoadshowApi(RoadshowService roadshows, RegistrationService registrations) {
        this.roadshows = roadshows;
        this.registrations = registrations;
    }

    @GetMapping
    @Operation(operationId = "listRoadshows", summary = "Events, upcoming first (by start) then past ones (latest "
            + "first); public: no token needed. Organisers also see drafts",
            security = {})
    Mono<PageOf<RoadshowResource>> list(PortalUser user,
            @Parameter(description = "Events naming this theme") @RequestParam(required = false) String theme,
            @Parameter(description = "Events of this technical field (catalogue code) or one below it")
            @RequestParam(required = false) String technicalField,
            @Parameter(description = "Events starting in this month (yyyy-MM, Asia/Shanghai)")
            @RequestParam(required = false) String month,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return roadshows.list(user, new RoadshowSearch(theme, technicalField, month, limit, cursor))
                .map(page -> page.map(RoadshowResource::of));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createRoadshow", summary = "Create an event as a draft (organisers: reviewers, officers "
            + "of 金融办); times with their offset, shown in Asia/Shanghai",
            responses = @ApiResponse(responseCode = "201", description = "Created as a draft",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = RoadshowResource.class))))
    Mono<ResponseEntity<RoadshowResource>> create(PortalUser user, @RequestBody RoadshowRequest request) {
        return roadshows.create(user, request.form()).map(created -> ResponseEntity
                .created(URI.create(ROADSHOWS + "/" + created.id())).eTag(String.valueOf(created.version()))
                .body(RoadshowResource.of(created)));
    }

    @GetMapping("/{roadshowId}")
    @Operation(operationId = "getRoadshow", summary = "One event; public once published (a draft is 404 for all but "
            + "organisers)", security = {})
    Mono<ResponseEntity<RoadshowResource>> get(PortalUser user, @PathVariable String roadshowId) {
        return roadshows.find(user, roadshowId).map(RoadshowApi::withETag);
    }

    @PutMapping(path = "/{roadshowId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateRoadshow", summary = "Change an event (organisers); with If-Match a stale version "
            + "gets 412. A published event keeps its kind and cannot drop below the seats taken; firms are told of a "
            + "new time or place, and added seats go to the waitlist at once")
    Mono<ResponseEntity<RoadshowResource>> update(PortalUser user, @PathVariable String roadshowId,
            @Parameter(description = "The ETag of the version being edited")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RoadshowRequest request) {
        return Mono.defer(() -> roadshows.update(user, roadshowId, request.form(), version(ifMatch)))
                .map(RoadshowApi::withETag);
    }

    @PostMapping("/{roadshowId}/publish")
    @Operation(operationId = "publishRoadshow", summary = "Publish a draft: public, open for sign-up in its window")
    Mono<RoadshowResource> publish(PortalUser user, @PathVariable String roadshowId) {
        return roadshows.publish(user, roadshowId).map(RoadshowResource::of);
    }

    @PostMapping("/{roadshowId}/close")
    @Operation(operationId = "closeRoadshow", summary = "Close registration of a published event")
    Mono<RoadshowResource> close(PortalUser user, @PathVariable String roadshowId) {
        return roadshows.close(user, roadshowId).map(RoadshowResource::of);
    }

    @PostMapping("/{roadshowId}/complete")
    @Operation(operationId = "completeRoadshow", summary = "Mark an event that has started as completed")
    Mono<RoadshowResource> complete(PortalUser user, @PathVariable String roadshowId) {
        return roadshows.complete(user, roadshowId).map(RoadshowResource::of);
    }

    @PostMapping(path = "/{roadshowId}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "cancelRoadshow", summary = "Cancel an event with a reason; every registered firm is told")
    Mono<RoadshowResource> cancel(PortalUser user, @PathVariable String roadshowId, @RequestBody DecisionReason decision) {
        return roadshows.cancel(user, roadshowId, decision.reason()).map(RoadshowResource::of);
    }

    @GetMapping("/{roadshowId}/seats")
    @Operation(operationId = "getRoadshowSeats", summary = "The event's seats now: capacity, taken (confirmed and "
            + "pending), waitlisted; public once published", security = {})
    Mono<Seats> seats(PortalUser user, @PathVariable String roadshowId) {
        return roadshows.find(user, roadshowId).flatMap(roadshows::seats);
    }

    @PostMapping(path = "/{roadshowId}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "registerForRoadshow", summary = "Sign a firm up (its approved members): confirmed, or "
            + "pending approval, while seats are free, else waitlisted with its place. 409 when registration is not "
            + "open or the firm registered already; 400 for the form's problems (attendees within the event's limit, "
            + "mainland mobile numbers, the pitch for roadshows)",
            responses = @ApiResponse(responseCode = "201", description = "Registered",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = RegistrationResource.class))))
    Mono<ResponseEntity<RegistrationResource>> register(PortalUser user, @PathVariable String roadshowId,
                                                        @RequestBody RegistrationRequest request) {
        return registrations.register(user, roadshowId, request.enterpriseId(), request.form())
                .map(view -> ResponseEntity.created(URI.create(ROADSHOWS + "/" + roadshowId + "/registrations/"
                        + view.registration().id())).body(RegistrationResource.of(view)));
    }

    @GetMapping("/{roadshowId}/registrations")
    @ClientScope(Scopes.ROADSHOWS_READ)
    @Operation(operationId = "listRoadshowRegistrations", summary = "An event's registrations in the order they were "
            + "made, with each firm's name, technical field and latest published tier (organisers; clients with "
            + "roadshows:read, without check-in codes and, unless the firm consented, without phone numbers)")
    Mono<PageOf<RegistrationResource>> registrations(PortalUser user, @PathVariable String roadshowId,
                                                     @RequestParam(required = false) Integer limit,
                                                     @RequestParam(required = false) String cursor) {
        return registrations.entries(user, roadshowId, limit, cursor).map(page -> page.map(RegistrationResource::of));
    }

    @GetMapping("/{roadshowId}/registrations/mine")
    @Operation(operationId = "getOwnRegistration", summary = "The firm's registration for the event, for its approved "
            + "members (404 when it has none)")
    Mono<RegistrationResource> own(PortalUser user, @PathVariable String roadshowId,
                                   @RequestParam String enterpriseId) {
        return registrations.ofFirm(user, roadshowId, enterpriseId).map(RegistrationResource::of)
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    @GetMapping(REGISTRATION)
    @ClientScope(Scopes.ROADSHOWS_READ)
    @Operation(operationId = "getRegistration", summary = "One registration: for its firm's members, organisers and "
            + "reading clients")
    Mono<RegistrationResource> registration(PortalUser user, @PathVariable String roadshowId,
                                            @PathVariable String registrationId) {
        return ofEvent(user, roadshowId, registrationId).map(RegistrationResource::of);
    }

    @PutMapping(path = REGISTRATION, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateRegistration", summary = "Change the firm's registration until registration closes "
            + "(its members); the enterpriseId of the body is ignored")
    Mono<RegistrationResource> edit(PortalUser user, @PathVariable String roadshowId,
                                    @PathVariable String registrationId, @RequestBody RegistrationRequest request) {
        return ofEvent(user, roadshowId, registrationId)
                .then(Mono.defer(() -> registrations.edit(user, registrationId, request.form())))
                .map(RegistrationResource::of);
    }

    @PostMapping(REGISTRATION + "/cancel")
    @Operation(operationId = "cancelRegistration", summary = "Cancel the firm's registration until the event starts; "
            + "its seat goes at once to the first waitlisted firm")
    Mono<RegistrationResource> cancelRegistration(PortalUser user, @PathVariable String roadshowId,
                                                  @PathVariable String registrationId) {
        return ofEvent(user, roadshowId, registrationId)
                .then(Mono.defer(() -> registrations.cancel(user, registrationId)))
                .map(RegistrationResource::of);
    }

    @PostMapping(path = REGISTRATION + "/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "approveRegistration", summary = "Approve a pending registration (organisers), with an "
            + "optional note")
    Mono<RegistrationResource> approve(PortalUser user, @PathVariable String roadshowId,
                                       @PathVariable String registrationId, @RequestBody DecisionReason decision) {
        return ofEvent(user, roadshowId, registrationId)
                .then(Mono.defer(() -> registrations.approve(user, registrationId, decision.reason())))
                .map(RegistrationResource::of);
    }

    @PostMapping(path = REGISTRATION + "/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "rejectRegistration", summary = "Reject a pending or waitlisted registration with a "
            + "reason (organisers); the firm is told, the seat goes on")
    Mono<RegistrationResource> reject(PortalUser user, @PathVariable String roadshowId,
                                      @PathVariable String registrationId, @RequestBody DecisionReason decision) {
        return ofEvent(user, roadshowId, registrationId)
                .then(Mono.defer(() -> registrations.reject(user, registrationId, decision.reason())))
                .map(RegistrationResource::of);
    }

    @PutMapping(path = REGISTRATION + "/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "recordOutcome", summary = "Record what came of a confirmed firm's participation, once "
            + "the event has started (organisers); the firm reads it on its registration")
    Mono<RegistrationResource> outcome(PortalUser user, @PathVariable String roadshowId,
                                       @PathVariable String registrationId, @RequestBody OutcomeForm form) {
        return ofEvent(user, roadshowId, registrationId)
                .then(Mono.defer(() -> registrations.recordOutcome(user, registrationId, form)))
                .map(RegistrationResource::of);
    }

    @PostMapping(path = "/{roadshowId}/check-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "checkIn", summary = "Check a firm in by its code (organisers); checking in twice answers "
            + "the same; an unknown code is 400 on code, a firm without a confirmed seat 409")
    Mono<RegistrationResource> checkIn(PortalUser user, @PathVariable String roadshowId, @RequestBody CheckIn checkIn) {
        return registrations.checkIn(user, roadshowId, checkIn.code()).map(RegistrationResource::of);
    }

    @PostMapping(path = REGISTRATION + "/deck", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "uploadPitchDeck", summary = "Upload the firm's pitch deck (PDF, checked from its content "
            + "and structure like evidence documents; replaces an earlier one) until registration closes; larger than "
            + "hte.documents.max-size gets 413, another type 400 on file",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = DeckUpload.class))))
    Mono<RegistrationResource> uploadDeck(PortalUser user, @PathVariable String roadshowId,
                                          @PathVariable String registrationId,
                                          @Parameter(hidden = true) @RequestBody Flux<PartEvent> parts) {
        return MultipartUpload.read(parts, DeckStore.FILE, (form, content) -> ofEvent(user, roadshowId, registrationId)
                        .then(Mono.defer(() -> registrations.uploadDeck(user, registrationId, form.filename(), content))))
                .map(RegistrationResource::of);
    }

    @GetMapping(path = REGISTRATION + "/deck", produces = FileType.PDF_MEDIA_TYPE)
    @Operation(operationId = "downloadPitchDeck", summary = "The pitch deck, as an attachment (the firm's members and "
            + "organisers)", responses = @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = FileType.PDF_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))))
    Mono<ResponseEntity<Flux<DataBuffer>>> downloadDeck(PortalUser user, @PathVariable String roadshowId,
                                                        @PathVariable String registrationId) {
        return ofEvent(user, roadshowId, registrationId)
                .then(Mono.defer(() -> registrations.downloadDeck(user, registrationId)));
    }

    /** The registration when the caller may read it and it belongs to this event; else 404. */
    private Mono<RegistrationView> ofEvent(PortalUser user, String roadshowId, String registrationId) {
        return registrations.find(user, registrationId)
                .filter(view -> view.registration().roadshowId().equals(roadshowId))
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    private static ResponseEntity<RoadshowResource> withETag(Roadshow roadshow) {
        return ResponseEntity.ok().eTag(String.valueOf(roadshow.version())).body(RoadshowResource.of(roadshow));
    }

    /** The version an If-Match names; a tag that is no version matches none (412). */
    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "").strip();
        return tag.matches("\\d{1,18}") ? Long.valueOf(tag) : -1L;
    }

    /** The parts of a deck upload, for the API contract; the handler reads them as a stream. */
    @Schema(name = "PitchDeckUpload", requiredProperties = "file")
    record DeckUpload(@Schema(type = "string", format = "binary", description = "The PDF, as the last part") String file) {
    }
}
