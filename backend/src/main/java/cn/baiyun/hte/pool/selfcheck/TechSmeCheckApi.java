package cn.baiyun.hte.pool.selfcheck;

import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.assessment.TechSmeEvaluation;
import cn.baiyun.hte.assessment.TechSmeSnapshot;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.run.AssessmentJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** The firm's own tech-based SME evaluation, as its self-check page shows it; for the firm's members and reviewers. */
@RestController
@Tag(name = "Tech-based SME self-check", description = "A firm's own evaluation as a tech-based SME (科技型中小企业) from its records")
class TechSmeCheckApi {

    private final TechSmeCheckService checks;
    private final AssessmentJson json;

    TechSmeCheckApi(TechSmeCheckService checks, AssessmentJson json) {
        this.checks = checks;
        this.json = json;
    }

    /** The filing the figures came from. */
    record FilingUsed(int fiscalYear, FilingStatus status, int revision) {
    }

    /**
     * Something to provide before the firm can be evaluated.
     *
     * @param item      {@code filing} (argument: the year), {@code section} (arguments: the year and the
     *                  section) or {@code invalid} (argument: the figure)
     * @param page      the portal page where the firm provides it
     */
    record MissingItem(String item, List<String> arguments, String page) {
    }

    /**
     * @param filingUsed null when the last fiscal year is not filed
     * @param missing    what the firm must provide before it can be evaluated; empty when evaluated
     * @param snapshot   the figures evaluated, shaped as the tech-SME preview takes them; absent when missing
     * @param evaluation shaped as the tech-SME preview answers; absent when missing
     */
    record TechSmeCheckResource(LocalDate evaluationDate, int dataYear, FilingUsed filingUsed, List<MissingItem> missing,
                                @Schema(implementation = TechSmeSnapshot.class) JsonNode snapshot,
                                @Schema(implementation = TechSmeEvaluation.class) JsonNode evaluation) {
    }

    @GetMapping(path = "/api/v1/enterprises/{enterpriseId}/tech-sme-check", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getTechSmeCheck", summary = "The firm's own tech-based SME evaluation as of today",
            description = """
                    Evaluates the firm as a tech-based SME (国科发政〔2017〕115号) today (Asia/Shanghai) from its own \
                    records, as the firm's self-check page does: the figures of the last fiscal year's filing in \
                    its latest revision whatever its status (only accepted filings count when the bureau's cycle \
                    run evaluates it), its IP valid today, the incidents it filed and its HTE certificate. R&D is \
                    estimated on the super-deduction scope from the filed categories. The portal records no \
                    prohibited industry, national award, provincial R&D institution or led standard: they count \
                    as absent.

                    Use it to show a firm where it stands before it registers in the national tech-SME register. \
                    When the last fiscal year is not filed far enough, `missing` lists what to provide and there \
                    is no evaluation. Reads only; changes nothing. For the firm's approved members and reviewers; \
                    another firm's id answers 404.""",
            responses = @ApiResponse(responseCode = "200", description = "The evaluation, or what is missing",
                    content = @Content(schema = @Schema(implementation = TechSmeCheckResource.class))))
    Mono<TechSmeCheckResource> get(PortalUser user, @PathVariable String enterpriseId) {
        return checks.check(user, enterpriseId).map(this::resource);
    }

    private TechSmeCheckResource resource(TechSmeCheck check) {
        FilingUsed used = check.yearUsed() == null ? null : new FilingUsed(check.yearUsed().fiscalYear(),
                check.yearUsed().status(), check.yearUsed().revision());
        List<MissingItem> missing = check.missing().stream()
                .map(item -> new MissingItem(item.item(), item.arguments(), item.link())).toList();
        return new TechSmeCheckResource(check.today(), check.dataYear(), used, missing,
                check.snapshot() == null ? null : json.mapper().valueToTree(check.snapshot()),
                check.evaluation() == null ? null : json.mapper().valueToTree(check.evaluation()));
    }
}
