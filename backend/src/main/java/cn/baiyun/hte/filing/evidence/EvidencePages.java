package cn.baiyun.hte.filing.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A firm's evidence documents: the list with downloads and deletes, and an upload form that works as
 * a plain form post and, with the page's script, shows the upload's progress.
 */
@Controller
class EvidencePages {

    private final EvidenceService documents;
    private final FilingService filings;
    private final EnterpriseService enterprises;
    private final ProblemFactory messages;

    EvidencePages(EvidenceService documents, FilingService filings, EnterpriseService enterprises,
                  ProblemFactory messages) {
        this.documents = documents;
        this.filings = filings;
        this.enterprises = enterprises;
        this.messages = messages;
    }

    @GetMapping("/firms/{enterpriseId}/documents")
    Mono<String> show(PortalUser user, @PathVariable String enterpriseId,
                      @RequestParam(required = false) String cursor, Model model) {
        return page(user, enterpriseId, cursor, model, FormErrors.none());
    }

    @PostMapping(path = "/firms/{enterpriseId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<String> upload(PortalUser user, @PathVariable String enterpriseId, @RequestBody Flux<PartEvent> parts,
                        Model model, Locale locale, ServerWebExchange exchange) {
        return MultipartUpload.read(parts, (fields, content) -> {
                    model.addAttribute("chosenKind", fields.kind());
                    model.addAttribute("chosenYear", fields.fiscalYear());
                    return documents.upload(user, enterpriseId, fields, content);
                })
                .map(document -> "redirect:/firms/" + enterpriseId + "/documents?uploaded")
                .onErrorResume(EvidencePages::shownOnPage, error -> failed(user, enterpriseId, model, locale, exchange,
                        (PortalException) error));
    }

    @GetMapping("/firms/{enterpriseId}/documents/{documentId}/content")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(PortalUser user, @PathVariable String enterpriseId,
                                                    @PathVariable String documentId) {
        return documents.download(user, enterpriseId, documentId);
    }

    @PostMapping("/firms/{enterpriseId}/documents/{documentId}/delete")
    Mono<String> delete(PortalUser user, @PathVariable String enterpriseId, @PathVariable String documentId,
                        Model model, Locale locale, ServerWebExchange exchange) {
        return documents.delete(user, enterpriseId, documentId)
                .thenReturn("redirect:/firms/" + enterpriseId + "/documents?deleted")
                .onErrorResume(EvidencePages::shownOnPage, error -> failed(user, enterpriseId, model, locale, exchange,
                        (PortalException) error));
    }

    private Mono<String> failed(PortalUser user, String enterpriseId, Model model, Locale locale,
                                ServerWebExchange exchange, PortalException error) {
        exchange.getResponse().setStatusCode(error.type().status());
        return page(user, enterpriseId, null, model, FormErrors.of(error, messages, locale));
    }

    private Mono<String> page(PortalUser user, String enterpriseId, String cursor, Model model, FormErrors errors) {
        var search = new DocumentSearch(null, null, null, null, cursor);
        return documents.list(user, enterpriseId, search)
                .zipWith(filings.ofFirm(user, enterpriseId).collectList())
                .zipWith(enterprises.find(user, enterpriseId))
                .map(found -> {
                    List<Filing> firmFilings = found.getT1().getT2();
                    Map<Integer, FilingStatus> statuses = firmFilings.stream()
                            .collect(Collectors.toMap(Filing::fiscalYear, Filing::status));
                    model.addAttribute("firm", found.getT2());
                    model.addAttribute("documents", found.getT1().getT1().items().stream()
                            .map(document -> DocumentRow.of(document, statuses)).toList());
                    model.addAttribute("next", found.getT1().getT1().next());
                    model.addAttribute("uploadYears", firmFilings.stream()
                            .filter(f -> f.status().isDraft() || f.status() == FilingStatus.RETURNED)
                            .map(Filing::fiscalYear).toList());
                    model.addAttribute("kinds", DocumentKind.values());
                    model.addAttribute("maxBytes", documents.maxBytes());
                    model.addAttribute("maxMegabytes", documents.maxBytes() / (1024 * 1024));
                    model.addAttribute("mayChange", user.isFirmUser());
                    model.addAttribute("errors", errors);
                    return "filing/evidence/documents";
                });
    }

    /** Mistakes the reader can fix on this page; not-found and forbidden go to the error page. */
    private static boolean shownOnPage(Throwable error) {
        return FormErrors.shownOnForm(error)
                || error instanceof PortalException portal && portal.type() == ProblemType.PAYLOAD_TOO_LARGE;
    }

    /** One line of the list, with whether its delete button would work. */
    record DocumentRow(EvidenceDocument document, DocumentLink link, boolean deletable) {

        static DocumentRow of(EvidenceDocument document, Map<Integer, FilingStatus> statuses) {
            DocumentLink link = document.metadata().link();
            FilingStatus status = link.toFiling() ? statuses.get(link.fiscalYear()) : null;
            return new DocumentRow(document, link, EvidenceService.deletable(document, status));
        }

        public String shortSha256() {
            return document.metadata().sha256().substring(0, 12);
        }

        public String sizeText() {
            long bytes = document.length();
            if (bytes < 1024 * 1024) {
                return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
            }
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
    }
}
