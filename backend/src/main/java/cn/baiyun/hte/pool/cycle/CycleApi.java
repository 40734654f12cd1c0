package cn.baiyun.hte.pool.cycle;

import java.net.URI;
import java.util.List;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.ETags;
import cn.baiyun.hte.platform.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/api/v1/cycles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cycles", description = "Reviewers: the pool's annual cycles and their deadlines")
class CycleApi {

    private final CycleService cycles;

    CycleApi(CycleService cycles) {
        this.cycles = cycles;
    }

    /** A new year's cycle; without dates, the Baiyun plan's defaults for the year. */
    record NewCycle(Integer year, CycleDates dates) {
    }

    @GetMapping
    @Operation(operationId = "listCycles", summary = "Every cycle, the latest year first")
    Mono<List<Cycle>> list(PortalUser user) {
        return cycles.all(user).collectList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "openCycle", summary = "Open a year's cycle")
    Mono<ResponseEntity<Cycle>> open(PortalUser user, @RequestBody NewCycle request) {
        return cycles.open(user, request.year(), request.dates()).map(cycle -> ResponseEntity
                .created(URI.create("/api/v1/cycles/" + cycle.year())).eTag(ETags.of(cycle.version())).body(cycle));
    }

    @GetMapping("/{year}")
    @Operation(operationId = "getCycle", summary = "One year's cycle; the ETag carries its version")
    Mono<ResponseEntity<Cycle>> get(PortalUser user, @PathVariable int year) {
        return cycles.find(user, year).map(CycleApi::withETag);
    }

    @PutMapping("/{year}")
    @Operation(operationId = "rescheduleCycle", summary = "Change a cycle's dates")
    Mono<ResponseEntity<Cycle>> reschedule(PortalUser user, @PathVariable int year,
            @Parameter(description = "The ETag of the version being changed; required (428 without it, 412 when stale)")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CycleDates dates) {
        return cycles.reschedule(user, year, dates, IfMatch.required(ifMatch)).map(CycleApi::withETag);
    }

    private static ResponseEntity<Cycle> withETag(Cycle cycle) {
        return ResponseEntity.ok().eTag(ETags.of(cycle.version())).body(cycle);
    }
}
