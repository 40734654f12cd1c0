package cn.baiyun.hte.roadshow;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Events: organisers ({@link RoadshowAccess#mayOrganise}) create and manage them; everyone, signed in or not,
 * reads the published ones. Drafts are seen by organisers only (anyone else gets 404).
 */
@Service
public class RoadshowService {

    /** A new draft ({@code roadshow.created}); 403 for non-organisers, 422 with every problem of the form. */
    public Mono<Roadshow> create(PortalUser organiser, RoadshowForm form) {
        return Mono.error(new UnsupportedOperationException("MODEL READY: implementation follows"));
    }

    /**
     * Changes an event that is not completed or cancelled; {@code version} (nullable) guards against a stale
     * edit (412). A published event keeps its kind; its capacity may not drop below the seats taken, and more
     * seats go to the waitlist at once; registered firms are told of a new time or place.
     */
    public Mono<Roadshow> update(PortalUser organiser, String roadshowId, RoadshowForm form, Long version) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** DRAFT → PUBLISHED: public, seats set up, sign-up within the registration window. */
    public Mono<Roadshow> publish(PortalUser organiser, String roadshowId) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** PUBLISHED → CLOSED: no more sign-ups or edits; cancelling, promotion until the start, check-in go on. */
    public Mono<Roadshow> close(PortalUser organiser, String roadshowId) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** PUBLISHED or CLOSED → COMPLETED, once the event has started. */
    public Mono<Roadshow> complete(PortalUser organiser, String roadshowId) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** Any status but COMPLETED → CANCELLED, with a reason every registered firm is told. */
    public Mono<Roadshow> cancel(PortalUser organiser, String roadshowId, String reason) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** One event: any public one for anyone ({@code reader} null when anonymous), a draft for organisers only. */
    public Mono<Roadshow> find(PortalUser reader, String roadshowId) {
        return Mono.error(new UnsupportedOperationException());
    }

    /**
     * A page of events, upcoming first (by start), then past ones (latest first); organisers also see drafts.
     * A bad filter (month not {@code yyyy-MM}), limit or cursor is a 422 on its field.
     */
    public Mono<PageOf<Roadshow>> list(PortalUser reader, RoadshowSearch search) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** The next published events that have not ended, soonest first, for home pages. */
    public Flux<Roadshow> upcoming(int limit) {
        return Flux.error(new UnsupportedOperationException());
    }

    /** The event's seats now (all zero for a draft). */
    public Mono<Seats> seats(Roadshow roadshow) {
        return Mono.error(new UnsupportedOperationException());
    }
}
