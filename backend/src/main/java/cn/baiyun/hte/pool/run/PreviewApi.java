package cn.baiyun.hte.pool.run;

import java.util.List;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.HteEngine;
import cn.baiyun.hte.assessment.RuleSet;
import cn.baiyun.hte.assessment.RuleSets;
import cn.baiyun.hte.assessment.SnapshotCheck;
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
 * camelCase) and get the full result shaped like its {@code expected}. Nothing is stored.
 */
@RestController
@Tag(name = "Assessment preview", description = "What-if assessments of a posted snapshot; nothing is stored")
class PreviewApi {

    private final AssessmentJson json;

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
            if (!body.isObject()) {
                // null, [], "s" or 1 would reach the checks as no snapshot at all
                throw new ServerWebInputException("The snapshot must be a JSON object");
            }
            FirmSnapshot snapshot = json.requests().treeToValue(body, FirmSnapshot.class);
            List<FieldProblem> problems = SnapshotCheck.problems(snapshot).stream()
                    .map(problem -> new FieldProblem(problem.field(), "pool.snapshot." + problem.code().code()))
                    .toList();
            if (!problems.isEmpty()) {
                throw PortalException.invalid(problems);
            }
            Assessment result = new HteEngine(rules).assess(snapshot);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(json.mapper().writeValueAsString(result));
        }));
    }


    private static Mono<Void> allowed(PortalUser user) {
        boolean person = !user.client() && (user.isReviewer() || user.has(PortalRole.ENTERPRISE));
        boolean client = user.client() && user.hasScope(Scopes.ASSESSMENTS_PREVIEW);
        return person || client ? Mono.empty() : Mono.error(PortalException.forbidden());
    }
}
