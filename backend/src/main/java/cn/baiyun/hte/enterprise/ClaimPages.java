package cn.baiyun.hte.enterprise;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.upload.MultipartUpload;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Claiming a firm (firm users) and deciding claims (reviewers). The claim form is a multipart form that
 * may carry the business licence or an authorisation letter; its claimant and reviewers open it here.
 */
@PageController
class ClaimPages {

    /** Where the claim form's field names are in the messages; the firm's code and name are the portal's. */
    private static final String LABELS = "claim.field.";

    private final ClaimService claims;
    private final ClaimViews views;
    private final ClaimDocuments documents;
    private final ProblemFactory messages;

    ClaimPages(ClaimService claims, ClaimViews views, ClaimDocuments documents, ProblemFactory messages) {
        this.claims = claims;
        this.views = views;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/firms/claim")
    Mono<String> claimForm(PortalUser user, Model model) {
        return FirmAccess.requireEnterpriseUser(user)
                .then(claimPage(user, model, new ClaimRequest("", ""), FormErrors.none()));
    }

    @PostMapping(path = "/firms/claim", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<String> claim(PortalUser user, @RequestBody Flux<PartEvent> parts, Model model, Locale locale,
                       ServerWebExchange exchange) {
        AtomicReference<MultipartUpload.Form> typed = new AtomicReference<>();
        return MultipartUpload.read(parts, ClaimUpload.FILE, (form, content) -> {
                    typed.set(form);
                    return claims.claim(user, form.field("uscc"), form.field("name"), ClaimUpload.of(form, content));
                })
                .thenReturn("redirect:/?claimed")
                .onErrorResume(MultipartUpload::shownOnForm, error -> {
                    PortalException problem = (PortalException) error;
                    if (problem.type() == ProblemType.PAYLOAD_TOO_LARGE) {
                        exchange.getResponse().setStatusCode(problem.type().status());
                    }
                    MultipartUpload.Form form = typed.get();
                    ClaimRequest request = form == null ? new ClaimRequest("", "")
                            : new ClaimRequest(form.field("uscc"), form.field("name"));
                    model.addAttribute("chosenKind", form == null ? null : form.field(ClaimUpload.KIND));
                    return claimPage(user, model, request, FormErrors.of(problem, messages, locale, LABELS));
                });
    }

    @GetMapping("/claims/{claimId}/document")
    Mono<ResponseEntity<Flux<DataBuffer>>> document(PortalUser user, @PathVariable String claimId) {
        return claims.document(user, claimId);
    }

    @GetMapping("/reviewer/claims")
    Mono<String> queue(PortalUser user, Model model) {
        return queuePage(user, model, null, FormErrors.none());
    }

    @PostMapping("/reviewer/claims/{claimId}/approval")
    Mono<String> approve(PortalUser user, @PathVariable String claimId, Model model, Locale locale) {
        return claims.approve(user, claimId)
                .thenReturn("redirect:/reviewer/claims?approved")
                .onErrorResume(FormErrors::shownOnForm, error -> queuePage(user, model, claimId,
                        FormErrors.of((PortalException) error, messages, locale)));
    }

    @PostMapping("/reviewer/claims/{claimId}/rejection")
    Mono<String> reject(PortalUser user, @PathVariable String claimId, @ModelAttribute RejectionRequest request,
                        Model model, Locale locale) {
        return claims.reject(user, claimId, request.reason())
                .thenReturn("redirect:/reviewer/claims?rejected")
                .onErrorResume(FormErrors::shownOnForm, error -> queuePage(user, model, claimId,
                        FormErrors.of((PortalException) error, messages, locale)));
    }

    private Mono<String> claimPage(PortalUser user, Model model, ClaimRequest form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("documentKinds", ClaimDocumentKind.values());
        model.addAttribute("maxMegabytes", documents.limits().maxMegabytes());
        model.addAttribute("maxBytes", documents.limits().maxBytes());
        model.addAttribute("claims", views.view(claims.claimsOf(user)).collectList());
        return Mono.just("enterprise/claim");
    }

    private Mono<String> queuePage(PortalUser user, Model model, String failedClaimId, FormErrors errors) {
        model.addAttribute("pending", views.reviewed(claims.pendingClaims(user)).collectList());
        model.addAttribute("failedClaimId", failedClaimId);
        model.addAttribute("errors", errors);
        return Mono.just("enterprise/claims-queue");
    }
}
