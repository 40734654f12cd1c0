package cn.baiyun.hte.referral;

import java.util.Locale;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.upload.MultipartUpload;
import cn.baiyun.hte.platform.upload.UploadProperties;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A department's bulk import: the upload form with the department's latest imports, and each import's
 * page, which shows its progress while it runs (refreshed by a small script, or by the reader's link) and
 * then the rows that were not imported, with their column and what was wrong.
 */
@PageController
@RequestMapping("/referrals/imports")
class ReferralImportPages {

    private final ReferralImports imports;
    private final ProblemFactory messages;
    private final UploadProperties limits;

    ReferralImportPages(ReferralImports imports, ProblemFactory messages, UploadProperties limits) {
        this.imports = imports;
        this.messages = messages;
        this.limits = limits;
    }

    @GetMapping
    Mono<String> form(PortalUser user, Model model, Locale locale) {
        return formPage(user, FormErrors.none(), model, locale);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<String> upload(PortalUser user, @RequestBody Flux<PartEvent> parts, Model model, Locale locale,
                        ServerWebExchange exchange) {
        return MultipartUpload.read(parts, ReferralApi.ImportForm.FILE,
                        (form, content) -> imports.start(user, form.filename(), content))
                .map(job -> "redirect:/referrals/imports/" + job.id())
                .onErrorResume(MultipartUpload::shownOnForm, error -> {
                    PortalException problem = (PortalException) error;
                    if (problem.type() == ProblemType.PAYLOAD_TOO_LARGE) {
                        exchange.getResponse().setStatusCode(problem.type().status());
                    }
                    return formPage(user, FormErrors.of(problem, messages, locale, "referral.import."), model, locale);
                });
    }

    @GetMapping("/{importId}")
    Mono<String> report(PortalUser user, @PathVariable String importId, Model model, Locale locale) {
        return imports.find(user, importId).map(job -> {
            model.addAttribute("report", ImportReport.of(job, messages, locale));
            model.addAttribute("running", job.state() == ReferralImport.State.RUNNING);
            return "referral/import";
        });
    }

    private Mono<String> formPage(PortalUser user, FormErrors errors, Model model, Locale locale) {
        return imports.recent(user).map(job -> ImportReport.of(job, messages, locale)).collectList().map(recent -> {
            model.addAttribute("recent", recent);
            model.addAttribute("mayImport", ReferralAccess.mayRefer(user));
            model.addAttribute("maxMegabytes", limits.maxMegabytes());
            model.addAttribute("errors", errors);
            return "referral/imports";
        });
    }
}
