package cn.baiyun.hte.pool.run;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.HteEngine;
import cn.baiyun.hte.assessment.RuleSet;
import cn.baiyun.hte.assessment.RuleSets;
import cn.baiyun.hte.assessment.SnapshotCheck;
import cn.baiyun.hte.assessment.SnapshotProblem;
import cn.baiyun.hte.assessment.TechSmeEvaluation;
import cn.baiyun.hte.assessment.TechSmeEvaluator;
import cn.baiyun.hte.assessment.TechSmeSnapshot;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The engine as a self-check: post a snapshot shaped like a worked example's {@code inputs} (keys in
 * camelCase) and get the full result shaped like its {@code expected}. Nothing is stored. The HTE
 * assessment and the tech-based SME evaluation are two operations, not one with a discriminator: their
 * snapshots share no field, so each has its exact schema in the contract, a client names what it asks for
 * in the path, and a snapshot of one kind posted to the other is refused field by field instead of guessed.
 */
@RestController
@Tag(name = "Assessment preview", description = "What-if assessments of a posted snapshot; nothing is stored")
class PreviewApi {

    /** Tech-SME snapshot fields a client may leave out: no direct route claimed. */
    private static final Set<String> OPTIONAL_TECH_SME_FIELDS = Set.of("directQualification");

    private final AssessmentJson json;
    private final TechSmeEvaluator techSme = new TechSmeEvaluator();

    PreviewApi(AssessmentJson json) {
        this.json = json;
    }

    @PostMapping(path = "/api/v1/assessments/preview", produces = MediaType.APPLICATION_JSON_VALUE,
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @ClientScope(Scopes.ASSESSMENTS_PREVIEW)
    @Operation(operationId = "previewAssessment", summary = "Assess a posted firm snapshot with the current or a named rule set",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = FirmSnapshot.class))),
            responses = @ApiResponse(responseCode = "200", description = "The full result",
                    content = @Content(schema = @Schema(implementation = Assessment.class))))
    Mono<ResponseEntity<String>> preview(PortalUser user,
            @Parameter(description = "A rule-set version such as 2026.1; the current one when left out")
            @RequestParam(required = false) String ruleSet,
            @RequestBody JsonNode body) {
        return allowed(user).then(Mono.fromCallable(() -> {
            RuleSet rules = ruleSet == null ? RuleSets.current() : RuleSets.byVersion(ruleSet).orElseThrow(() ->
                    PortalException.invalid(new FieldProblem("ruleSet", "pool.preview.rule-set", ruleSet)));
            FirmSnapshot snapshot = json.requests().treeToValue(object(body), FirmSnapshot.class);
            refuse(SnapshotCheck.problems(snapshot));
            return answer(new HteEngine(rules).assess(snapshot));
        }));
    }

    @PostMapping(path = "/api/v1/assessments/tech-sme-preview", produces = MediaType.APPLICATION_JSON_VALUE,
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @ClientScope(Scopes.ASSESSMENTS_PREVIEW)
    @Operation(operationId = "previewTechSmeEvaluation",
            summary = "Evaluate a posted tech-based SME snapshot (科技型中小企业, 国科发政〔2017〕115号)",
            description = """
                    Evaluates the figures a client posts against the tech-based SME rules: the size caps (at most                     500 staff, 200 million yuan of sales and of total assets, inclusive), the 100-point score (S&T                     staff share 20 points, R&D input 50 points as the better of R&D ÷ sales and R&D ÷ total cost                     and expense, IP 30 points; lower bounds inclusive) and the direct routes of 第八条. A firm                     qualifies by the score with at least 60 points and a non-zero staff score, or directly when it                     meets the basic conditions and one direct route holds.

                    Use it to check a firm's figures before it registers, or to reproduce the worked examples: the                     body has the shape of `tech_sme_cases[].inputs` in examples.json with camelCase keys, the                     answer the shape of their `expected`. R&D is on the super-deduction scope (财税〔2015〕119号).                     Every field is required except `directQualification` (left out: no direct route). Nothing is                     stored and nothing changes. The HTE assessment of a firm is the separate operation                     `previewAssessment`: the two snapshots share no field.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = TechSmeSnapshot.class))),
            responses = @ApiResponse(responseCode = "200", description = "The evaluation, item by item",
                    content = @Content(schema = @Schema(implementation = TechSmeEvaluation.class))))
    Mono<ResponseEntity<String>> previewTechSme(PortalUser user, @RequestBody JsonNode body) {
        return allowed(user).then(Mono.fromCallable(() -> {
            JsonNode snapshot = object(body);
            List<FieldProblem> absent = Arrays.stream(TechSmeSnapshot.class.getRecordComponents())
                    .map(RecordComponent::getName)
                    .filter(field -> !OPTIONAL_TECH_SME_FIELDS.contains(field) && !snapshot.has(field))
                    .map(field -> new FieldProblem(field, "pool.snapshot.required"))
                    .toList();
            if (!absent.isEmpty()) {
                // a number or flag left out would be read as 0 or false and evaluated as if it were given
                throw PortalException.invalid(absent);
            }
            TechSmeSnapshot firm = json.requests().treeToValue(snapshot, TechSmeSnapshot.class);
            refuse(SnapshotCheck.problems(firm));
            return answer(techSme.evaluate(firm));
        }));
    }

    /** null, [], "s" or 1 would reach the checks as no snapshot at all. */
    private static JsonNode object(JsonNode body) {
        if (!body.isObject()) {
            throw new ServerWebInputException("The snapshot must be a JSON object");
        }
        return body;
    }

    private static void refuse(List<SnapshotProblem> problems) {
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems.stream()
                    .map(problem -> new FieldProblem(problem.field(), "pool.snapshot." + problem.code().code()))
                    .toList());
        }
    }

    private ResponseEntity<String> answer(Object result) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.mapper().writeValueAsString(result));
    }

    private static Mono<Void> allowed(PortalUser user) {
        boolean person = !user.client() && (user.isReviewer() || user.has(PortalRole.ENTERPRISE));
        boolean client = user.client() && user.hasScope(Scopes.ASSESSMENTS_PREVIEW);
        return person || client ? Mono.empty() : Mono.error(PortalException.forbidden());
    }
}
