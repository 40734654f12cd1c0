package cn.baiyun.hte.roadshow;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Firms' registrations: sign-up by an approved member of the firm, once per firm and event; seats counted by
 * the event's {@link SeatLedger} (never oversold), waitlist promotion, organisers' decisions, check-in,
 * outcomes, pitch decks. A firm sees only its own registrations (another firm's id answers 404); organisers
 * see all; clients with {@code roadshows:read} read published events' registrations, phones only with consent.
 */
@Service
public class RegistrationService {

    /**
     * Signs the firm up: CONFIRMED (or PENDING_APPROVAL) while seats are free, else WAITLISTED with its place.
     * 403 for callers who are not firm users, 404 for a firm the caller is not an approved member of or an
     * event they cannot see, 409 when registration is not open or the firm is registered already, 422 for
     * the form's problems. Nothing is stored when refused.
     */
    public Mono<RegistrationView> register(PortalUser member, String roadshowId, String enterpriseId,
                                           RegistrationForm form) {
        return Mono.error(new UnsupportedOperationException("MODEL READY: implementation follows"));
    }

    /** The firm changes what it registered, until registration closes (409 after); the seat stays as it is. */
    public Mono<RegistrationView> edit(PortalUser member, String registrationId, RegistrationForm form) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** The firm cancels, until the event starts (409 after); its seat goes at once to the first waitlisted firm. */
    public Mono<RegistrationView> cancel(PortalUser member, String registrationId) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** Organisers confirm a pending registration, with an optional note. */
    public Mono<RegistrationView> approve(PortalUser organiser, String registrationId, String reason) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** Organisers reject a pending or waitlisted registration with a reason (required); the seat goes on. */
    public Mono<RegistrationView> reject(PortalUser organiser, String registrationId, String reason) {
        return Mono.error(new UnsupportedOperationException());
    }

    /**
     * Checks in the firm whose code this is, at this event; a second check-in answers the first's result.
     * An unknown code, or a firm that holds no confirmed seat, is refused (404 / 409).
     */
    public Mono<RegistrationView> checkIn(PortalUser organiser, String roadshowId, String code) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** Organisers record (or correct) what came of a firm's participation, once the event has started. */
    public Mono<RegistrationView> recordOutcome(PortalUser organiser, String registrationId, OutcomeForm form) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** One registration, for its firm's members and organisers (and clients with the scope); else 404. */
    public Mono<RegistrationView> find(PortalUser reader, String registrationId) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** The firm's registration for this event, for its members; empty when the firm has none. */
    public Mono<RegistrationView> ofFirm(PortalUser member, String roadshowId, String enterpriseId) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** All the firm's registrations, latest event first, for its members (the firm's home page). */
    public Flux<RegistrationView> firmRegistrations(PortalUser member, String enterpriseId) {
        return Flux.error(new UnsupportedOperationException());
    }

    /** A page of an event's registrations in the order they were made, for organisers and reading clients. */
    public Mono<PageOf<RegistrationEntry>> entries(PortalUser reader, String roadshowId, Integer limit, String cursor) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** Every active registration of an event in the order they were made, for the organisers' exports. */
    public Flux<RegistrationEntry> participants(PortalUser organiser, String roadshowId) {
        return Flux.error(new UnsupportedOperationException());
    }

    /**
     * Stores the firm's pitch deck (PDF only, checked like evidence documents) and replaces any earlier one;
     * until registration closes. 413 over the size limit, 422 for another type or a broken file.
     */
    public Mono<RegistrationView> uploadDeck(PortalUser member, String registrationId, String filename,
                                             Flux<DataBuffer> content) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** The deck as a streamed attachment, for the firm's members and organisers. */
    public Mono<ResponseEntity<Flux<DataBuffer>>> downloadDeck(PortalUser reader, String registrationId) {
        return Mono.error(new UnsupportedOperationException());
    }

    /** Every deck of an event's active registrations, each streamed only when its content is subscribed. */
    public Flux<DeckFile> decks(PortalUser organiser, String roadshowId) {
        return Flux.error(new UnsupportedOperationException());
    }
}
