package cn.baiyun.hte.filing.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.filing.portfolio.IpAsset;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.upload.FileType;
import cn.baiyun.hte.platform.upload.MultipartUpload;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
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
 * A firm's evidence documents: the list with downloads and deletes (each confirmed on a page of its
 * own, so that it works without script), and an upload form that works as a plain form post and, with
 * the page's script, shows the upload's progress. IP assets are named by their titles, never their ids.
 */
@PageController
class EvidencePages {

    /** Where the upload form's field names are in the messages. */
    private static final String LABELS = "document.field.";

    private final EvidenceService documents;
    private final FilingService filings;
    private final EnterpriseService enterprises;
    private final PortfolioService portfolio;
    private final ProblemFactory messages;

    EvidencePages(EvidenceService documents, FilingService filings, EnterpriseService enterprises,
                  PortfolioService portfolio, ProblemFactory messages) {
        this.documents = documents;
        this.filings = filings;
        this.enterprises = enterprises;
        this.portfolio = portfolio;
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
        return MultipartUpload.read(parts, UploadFields.FILE, (form, content) -> {
                    UploadFields fields = UploadFields.of(form);
                    model.addAttribute("chosenKind", fields.kind());
                    model.addAttribute("chosenYear", fields.fiscalYear());
                    model.addAttribute("chosenIpAsset", fields.ipAssetId());
                    return documents.upload(user, enterpriseId, fields, content);
                })
                .map(document -> "redirect:/firms/" + enterpriseId + "/documents?uploaded")
                .onErrorResume(MultipartUpload::shownOnForm, error -> failed(user, enterpriseId, model, locale, exchange,
                        (PortalException) error));
    }

    @GetMapping("/firms/{enterpriseId}/documents/{documentId}/content")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(PortalUser user, @PathVariable String enterpriseId,
                                                    @PathVariable String documentId) {
        return documents.download(user, enterpriseId, documentId);
    }

    @GetMapping("/firms/{enterpriseId}/documents/{documentId}/delete")
    Mono<String> confirmDelete(PortalUser user, @PathVariable String enterpriseId, @PathVariable String documentId,
                               Model model) {
        return confirmPage(user, enterpriseId, documentId, model, FormErrors.none());
    }

    @PostMapping("/firms/{enterpriseId}/documents/{documentId}/delete")
    Mono<String> delete(PortalUser user, @PathVariable String enterpriseId, @PathVariable String documentId,
                        Model model, Locale locale, ServerWebExchange exchange) {
        return documents.delete(user, enterpriseId, documentId)
                .thenReturn("redirect:/firms/" + enterpriseId + "/documents?deleted")
                .onErrorResume(FormErrors::shownOnForm, error -> {
                    exchange.getResponse().setStatusCode(((PortalException) error).type().status());
                    return confirmPage(user, enterpriseId, documentId, model,
                            FormErrors.of((PortalException) error, messages, locale, LABELS));
                });
    }

    private Mono<String> confirmPage(PortalUser user, String enterpriseId, String documentId, Model model,
                                     FormErrors errors) {
        return documents.forDeletion(user, enterpriseId, documentId)
                .flatMap(document -> documents.linkedFilingStatus(document)
                        .map(status -> Map.of(document.metadata().fiscalYear(), status))
                        .defaultIfEmpty(Map.of())
                        .zipWith(ipAssetTitles(user, enterpriseId),
                                (statuses, titles) -> DocumentRow.of(document, statuses, titles)))
                .zipWith(enterprises.find(user, enterpriseId))
                .map(found -> {
                    model.addAttribute("firm", found.getT2());
                    model.addAttribute("row", found.getT1());
                    model.addAttribute("errors", errors);
                    return "filing/evidence/delete";
                });
    }

    private Mono<String> failed(PortalUser user, String enterpriseId, Model model, Locale locale,
                                ServerWebExchange exchange, PortalException error) {
        exchange.getResponse().setStatusCode(error.type().status());
        return page(user, enterpriseId, null, model, FormErrors.of(error, messages, locale, LABELS));
    }

    private Mono<String> page(PortalUser user, String enterpriseId, String cursor, Model model, FormErrors errors) {
        var search = new DocumentSearch(null, null, null, null, cursor);
        return documents.list(user, enterpriseId, search)
                .zipWith(filings.ofFirm(user, enterpriseId).collectList())
                .zipWith(portfolio.ipAssets(user, enterpriseId).collectList())
                .zipWith(enterprises.find(user, enterpriseId))
                .map(found -> {
                    var page = found.getT1().getT1().getT1();
                    List<Filing> firmFilings = found.getT1().getT1().getT2();
                    List<IpAsset> ipAssets = found.getT1().getT2();
                    Map<Integer, FilingStatus> statuses = firmFilings.stream()
                            .collect(Collectors.toMap(Filing::fiscalYear, Filing::status));
                    Map<String, String> titles = titles(ipAssets);
                    model.addAttribute("firm", found.getT2());
                    model.addAttribute("documents", page.items().stream()
                            .map(document -> DocumentRow.of(document, statuses, titles)).toList());
                    model.addAttribute("next", page.next());
                    model.addAttribute("uploadYears", firmFilings.stream()
                            .filter(f -> f.status().isDraft() || f.status() == FilingStatus.RETURNED)
                            .map(Filing::fiscalYear).toList());
                    model.addAttribute("ipAssets", ipAssets.stream()
                            .map(asset -> new IpAssetChoice(asset.id(), IpAssetChoice.label(asset))).toList());
                    model.addAttribute("kinds", DocumentKind.values());
                    model.addAttribute("maxBytes", documents.limits().maxBytes());
                    model.addAttribute("maxMegabytes", documents.limits().maxMegabytes());
                    model.addAttribute("mayChange", user.isFirmUser());
                    model.addAttribute("errors", errors);
                    return "filing/evidence/documents";
                });
    }

    private Mono<Map<String, String>> ipAssetTitles(PortalUser user, String enterpriseId) {
        return portfolio.ipAssets(user, enterpriseId).collectList().map(EvidencePages::titles);
    }

    private static Map<String, String> titles(List<IpAsset> ipAssets) {
        return ipAssets.stream().collect(Collectors.toMap(IpAsset::id, IpAssetChoice::label));
    }

    /** An IP asset the upload form offers, named as the reader knows it: its title and its number. */
    record IpAssetChoice(String id, String label) {

        static String label(IpAsset asset) {
            return asset.details().title() + "（" + asset.details().number() + "）";
        }
    }

    /**
     * One line of the list, with whether its delete button would work. {@code ipAssetTitle} is null for
     * a document of a filing, and also for one whose IP asset has since been removed from the portfolio.
     */
    record DocumentRow(EvidenceDocument document, DocumentLink link, String ipAssetTitle, boolean deletable) {

        static DocumentRow of(EvidenceDocument document, Map<Integer, FilingStatus> statuses,
                              Map<String, String> ipAssetTitles) {
            DocumentLink link = document.metadata().link();
            FilingStatus status = link.toFiling() ? statuses.get(link.fiscalYear()) : null;
            String title = link.toFiling() ? null : ipAssetTitles.get(link.ipAssetId());
            return new DocumentRow(document, link, title, EvidenceService.deletable(document, status));
        }

        public String typeName() {
            return FileType.ofMediaType(document.metadata().contentType()).label();
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
