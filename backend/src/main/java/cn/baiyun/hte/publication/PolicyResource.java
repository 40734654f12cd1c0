package cn.baiyun.hte.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A policy as the API shows it, with where its PDF is. */
@Schema(name = "Policy")
record PolicyResource(String id, String titleZh, String titleEn, String issuerZh, String issuerEn,
                      @Schema(description = "The document number (文号) as printed, e.g. 筑府办函〔2022〕24号")
                      String documentNumber, LocalDate issuedOn, String summaryZh, String summaryEn, List<String> tags,
                      PublicationStatus status, Instant publishedAt, PolicyDocument document) {

    static PolicyResource of(Policy p) {
        PolicyFile f = p.file();
        return new PolicyResource(p.id(), p.titleZh(), p.titleEn(), p.issuerZh(), p.issuerEn(), p.documentNumber(),
                p.issuedOn(), p.summaryZh(), p.summaryEn(), p.tags(), p.status(), p.publishedAt(),
                new PolicyDocument(PolicyApi.POLICIES + "/" + p.id() + "/document", f.originalName(), f.size(),
                        f.sha256()));
    }

    /** The policy's PDF: where to download it, its name, size in bytes and SHA-256. */
    @Schema(name = "PolicyDocument")
    record PolicyDocument(String href, String name, long size, String sha256) {
    }
}
