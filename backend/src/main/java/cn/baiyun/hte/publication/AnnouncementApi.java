package cn.baiyun.hte.publication;

import java.net.URI;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.ETags;
import cn.baiyun.hte.platform.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Announcements (通知公告). Reading is public, without a token: the published ones, newest first. Reviewers also
 * read drafts and withdrawn ones (a draft's id answers 404 to anyone else), and draft, edit, publish and
 * withdraw them; anyone else gets 403.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Announcements", description = "The bureau's announcements: filing windows, deadlines, event calls, "
        + "good practices (public to read)")
class AnnouncementApi {

    static final String ANNOUNCEMENTS = "/api/v1/announcements";
    private static final String ANNOUNCEMENT = ANNOUNCEMENTS + "/{id}";
    private static final String IF_MATCH = "The ETag of the version being changed; a stale one gets 412";

    private final AnnouncementService announcements;

    AnnouncementApi(AnnouncementService announcements) {
        this.announcements = announcements;
    }

    @GetMapping(ANNOUNCEMENTS)
    @Operation(operationId = "listAnnouncements", summary = "Announcements, newest first, a page at a time; public "
            + "(published only), reviewers see every status unless they name one")
    Mono<PageOf<AnnouncementResource>> list(PortalUser user,
            @Parameter(description = "Words of the title (Chinese or English), as typed")
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AnnouncementCategory category,
            @Parameter(description = "Reviewers only, except PUBLISHED")
            @RequestParam(required = false) PublicationStatus status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return announcements.list(user, new PublicationSearch(q, category == null ? null : category.name(), status,
                limit, cursor)).map(page -> page.map(AnnouncementResource::of));
    }

    @GetMapping(ANNOUNCEMENT)
    @Operation(operationId = "getAnnouncement", summary = "One announcement; the ETag carries its version")
    Mono<ResponseEntity<AnnouncementResource>> get(PortalUser user, @PathVariable String id) {
        return announcements.find(user, id).map(AnnouncementApi::withETag);
    }

    @PostMapping(path = ANNOUNCEMENTS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "draftAnnouncement", summary = "Draft an announcement (reviewers); seen by no one else "
            + "until published",
            responses = @ApiResponse(responseCode = "201", description = "Drafted; Location names it",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AnnouncementResource.class))))
    Mono<ResponseEntity<AnnouncementResource>> create(PortalUser user, @RequestBody AnnouncementDetails details) {
        return announcements.create(user, details).map(saved -> ResponseEntity
                .created(URI.create(ANNOUNCEMENTS + "/" + saved.id())).eTag(ETags.of(saved.version()))
                .body(AnnouncementResource.of(saved)));
    }

    @PutMapping(path = ANNOUNCEMENT, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "replaceAnnouncement", summary = "Replace what an announcement says (reviewers); a "
            + "published one stays published")
    Mono<ResponseEntity<AnnouncementResource>> replace(PortalUser user, @PathVariable String id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody AnnouncementDetails details) {
        return Mono.defer(() -> announcements.update(user, id, details, IfMatch.optional(ifMatch)))
                .map(AnnouncementApi::withETag);
    }

    @PostMapping(ANNOUNCEMENT + "/publication")
    @Operation(operationId = "publishAnnouncement", summary = "Publish a draft or withdrawn announcement (reviewers): "
            + "it heads the list from now; 409 if it is published already")
    Mono<ResponseEntity<AnnouncementResource>> publish(PortalUser user, @PathVariable String id) {
        return announcements.publish(user, id).map(AnnouncementApi::withETag);
    }

    @DeleteMapping(ANNOUNCEMENT + "/publication")
    @Operation(operationId = "withdrawAnnouncement", summary = "Withdraw a published announcement (reviewers); "
            + "409 if it is not published")
    Mono<ResponseEntity<AnnouncementResource>> withdraw(PortalUser user, @PathVariable String id) {
        return announcements.withdraw(user, id).map(AnnouncementApi::withETag);
    }

    private static ResponseEntity<AnnouncementResource> withETag(Announcement a) {
        return ResponseEntity.ok().eTag(ETags.of(a.version())).body(AnnouncementResource.of(a));
    }
}
