package cn.baiyun.hte.filing.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.baiyun.hte.enterprise.FirmAccess;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.platform.upload.DisplayName;
import cn.baiyun.hte.platform.upload.FileDownload;
import cn.baiyun.hte.platform.upload.UploadInspection;
import cn.baiyun.hte.platform.upload.UploadProperties;
import org.bson.types.ObjectId;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Evidence documents of a firm, linked to one of its filings or IP assets. Anyone who may read the
 * firm's filings may read its documents; only its approved members upload and delete them. A document
 * linked to a filing is part of what the bureau reviews: it can be added while the filing is a draft or
 * returned for changes, and deleted only while it is a draft. Documents of IP assets belong to the
 * long-lived portfolio rather than to a reviewed filing, so members may delete them at any time.
 */
@Service
public class EvidenceService {

    private final FirmAccess access;
    private final FilingService filings;
    private final DocumentStore store;
    private final PortfolioService portfolio;
    private final Clock clock;
    private final UploadProperties limits;

    EvidenceService(FirmAccess access, FilingService filings, DocumentStore store, PortfolioService portfolio,
                    Clock clock, UploadProperties limits) {
        this.access = access;
        this.filings = filings;
        this.store = store;
        this.portfolio = portfolio;
        this.clock = clock;
        this.limits = limits;
    }

    UploadProperties limits() {
        return limits;
    }

    /**
     * Checks the fields and the link first, then streams the content into storage while inspecting it,
     * and checks the stored file's structure; anything refused on the way leaves nothing stored. The
     * document is named after the client's file with the extension of the type its content is.
     */
    public Mono<EvidenceDocument> upload(PortalUser user, String enterpriseId, UploadFields fields, Flux<DataBuffer> content) {
        return access.requireFirmMember(user, enterpriseId)
                .then(Mono.defer(() -> validLink(enterpriseId, fields)))
                .flatMap(link -> {
                    ObjectId id = new ObjectId();
                    String originalName = DisplayName.of(fields.filename());
                    var metadata = DocumentMetadata.pending(enterpriseId, DocumentKind.valueOf(fields.kind()), link,
                            originalName, id.toHexString(), user.id(), Instant.now(clock));
                    var inspection = new UploadInspection(limits.maxBytes(), UploadFields.FILE);
                    return store.store(id, id.toHexString() + ".part", metadata, inspection, content)
                            .flatMap(result -> {
                                var uploaded = new DocumentUploaded(header(DocumentUploaded.TYPE, user, id.toHexString(),
                                        enterpriseId), DisplayName.of(fields.filename(), result.type()), result.sha256());
                                return store.complete(id, id.toHexString() + "." + result.type().extension(), result,
                                        uploaded);
                            });
                });
    }

    Mono<PageOf<EvidenceDocument>> list(PortalUser user, String enterpriseId, DocumentSearch search) {
        return access.requireRead(user, enterpriseId, Scopes.FILINGS_READ)
                .then(PageRequest.checked(search.limit(), search.cursor(), DocumentSearch.PAGE_SIZE))
                .flatMap(page -> store.list(enterpriseId, search, page));
    }

    /**
     * The documents linked to a firm's filing of one year, oldest first, for pages that show the filing
     * with its evidence (the reviewer's): the first page of the largest size, more than a filing carries.
     */
    public Flux<FilingDocument> ofFiling(PortalUser user, String enterpriseId, int fiscalYear) {
        var search = new DocumentSearch(fiscalYear, null, null, DocumentSearch.PAGE_SIZE.max(), null);
        return list(user, enterpriseId, search).flatMapIterable(PageOf::items).map(FilingDocument::of);
    }

    Mono<EvidenceDocument> find(PortalUser user, String enterpriseId, String documentId) {
        return access.requireRead(user, enterpriseId, Scopes.FILINGS_READ)
                .then(existing(enterpriseId, documentId));
    }

    /** The stored file as a streamed attachment response, for the API and the pages alike. */
    Mono<ResponseEntity<Flux<DataBuffer>>> download(PortalUser user, String enterpriseId, String documentId) {
        return find(user, enterpriseId, documentId).map(document -> {
            DocumentMetadata m = document.metadata();
            return FileDownload.of(m.contentType(), document.length(), m.originalName(), m.sha256(),
                    store.content(document));
        });
    }

    /** A document a member is about to delete, for the page that asks them to confirm. */
    Mono<EvidenceDocument> forDeletion(PortalUser user, String enterpriseId, String documentId) {
        return access.requireFirmMember(user, enterpriseId).then(existing(enterpriseId, documentId));
    }

    Mono<Void> delete(PortalUser user, String enterpriseId, String documentId) {
        return access.requireFirmMember(user, enterpriseId)
                .then(existing(enterpriseId, documentId))
                .flatMap(document -> linkedFilingStatus(document)
                        .map(status -> deletable(document, status))
                        .defaultIfEmpty(true)
                        .flatMap(deletable -> deletable ? Mono.just(document)
                                : Mono.<EvidenceDocument>error(PortalException.conflict("document.filing-not-draft"))))
                .flatMap(document -> store.delete(document, new DocumentDeleted(
                        header(DocumentDeleted.TYPE, user, document.id(), enterpriseId), document.metadata().originalName())))
                .then();
    }

    /** The status of the filing a document is linked to; empty for documents of IP assets. */
    Mono<FilingStatus> linkedFilingStatus(EvidenceDocument document) {
        DocumentLink link = document.metadata().link();
        return link.toFiling() ? filings.status(document.metadata().enterpriseId(), link.fiscalYear()) : Mono.empty();
    }

    /** The deletion rule, for pages that offer the delete button only where it will work. */
    static boolean deletable(EvidenceDocument document, FilingStatus linkedFiling) {
        return !document.metadata().link().toFiling() || linkedFiling == null || linkedFiling.isDraft();
    }

    private Mono<EvidenceDocument> existing(String enterpriseId, String documentId) {
        return store.find(enterpriseId, documentId).switchIfEmpty(Mono.error(PortalException.notFound()));
    }

    private Mono<DocumentLink> validLink(String enterpriseId, UploadFields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fields.filename() == null || fields.filename().isBlank()) {
            problems.add(new FieldProblem(UploadFields.FILE, "document.file.required"));
        }
        if (blank(fields.kind())) {
            problems.add(new FieldProblem("kind", "document.kind.required"));
        } else if (!isKind(fields.kind())) {
            problems.add(new FieldProblem("kind", "document.kind.unknown"));
        }
        Integer fiscalYear = null;
        if (blank(fields.fiscalYear()) == blank(fields.ipAssetId())) {
            problems.add(new FieldProblem("fiscalYear", blank(fields.fiscalYear()) ? "document.link.required"
                    : "document.link.both"));
        } else if (!blank(fields.fiscalYear())) {
            try {
                fiscalYear = Integer.valueOf(fields.fiscalYear().strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("fiscalYear", "typeMismatch"));
            }
        }
        boolean linkReadable = problems.stream().noneMatch(problem -> problem.field().equals("fiscalYear"));
        Mono<DocumentLink> link = !linkReadable ? Mono.empty() : fiscalYear != null ? filingLink(enterpriseId, fiscalYear)
                : ipAssetLink(enterpriseId, fields.ipAssetId().strip());
        if (problems.isEmpty()) {
            return link;
        }
        // The link is checked too, so that its problem is shown with the others rather than after they are fixed.
        return link.then(Mono.just(List.<FieldProblem>of()))
                .onErrorResume(PortalException.class, e -> Mono.just(
                        e.type() == ProblemType.VALIDATION ? e.fieldProblems() : List.of()))
                .flatMap(more -> Mono.error(PortalException.invalid(
                        Stream.concat(problems.stream(), more.stream()).toList())));
    }

    private Mono<DocumentLink> filingLink(String enterpriseId, int fiscalYear) {
        return filings.status(enterpriseId, fiscalYear)
                .switchIfEmpty(Mono.error(PortalException.invalid(
                        new FieldProblem("fiscalYear", "document.fiscal-year.no-filing", String.valueOf(fiscalYear)))))
                .flatMap(status -> status.isDraft() || status == FilingStatus.RETURNED
                        ? Mono.just(DocumentLink.filing(fiscalYear))
                        : Mono.error(PortalException.conflict("document.filing-locked", String.valueOf(fiscalYear))));
    }

    private Mono<DocumentLink> ipAssetLink(String enterpriseId, String ipAssetId) {
        return portfolio.hasIpAsset(enterpriseId, ipAssetId).flatMap(held -> held ? Mono.just(DocumentLink.ipAsset(ipAssetId))
                : Mono.error(PortalException.invalid(new FieldProblem("ipAssetId", "document.ip-asset.unknown"))));
    }

    private static boolean isKind(String kind) {
        for (DocumentKind k : DocumentKind.values()) {
            if (k.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private EventHeader header(String type, PortalUser user, String documentId, String enterpriseId) {
        return EventHeader.of(type, user, "document", documentId, enterpriseId, clock);
    }
}
