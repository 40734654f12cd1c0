package cn.baiyun.hte.relocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.enterprise.UsccCheck;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.BoundForm;
import cn.baiyun.hte.platform.web.FormBinder;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The reviewers' relocation pages: the list with each relocation's overdue milestones counted, a firm's
 * relocation with its milestones (overdue ones marked), and the forms to record and change one. A new relocation
 * names its firm by code and name: a firm the portal does not know yet is listed unverified, as a referral lists
 * it, so that its staff can claim it later.
 */
@PageController
@RequestMapping("/reviewer/relocations")
class RelocationPages {

    private static final String LABELS = "relocation.field.";

    private final RelocationService relocations;
    private final RelocationRules rules;
    private final EnterpriseService enterprises;
    private final FormBinder binder;
    private final ProblemFactory messages;

    RelocationPages(RelocationService relocations, RelocationRules rules, EnterpriseService enterprises,
                    FormBinder binder, ProblemFactory messages) {
        this.relocations = relocations;
        this.rules = rules;
        this.enterprises = enterprises;
        this.binder = binder;
        this.messages = messages;
    }

    @GetMapping
    Mono<String> list(PortalUser user, Model model) {
        return relocations.all(user).collectList().map(all -> {
            LocalDate today = rules.today();
            model.addAttribute("rows", all.stream().map(r -> new Row(r, r.overdueOn(today))).toList());
            model.addAttribute("today", today);
            return "relocation/relocations";
        });
    }

    @GetMapping("/new")
    Mono<String> add(PortalUser user, Model model) {
        return relocations.all(user).then(Mono.fromSupplier(() -> form(model, null, null, null,
                new RelocationForm(new RelocationDetails(null, null, null, null, List.of()), null), FormErrors.none())));
    }

    @PostMapping("/new")
    Mono<String> create(PortalUser user, ServerWebExchange exchange, Model model, Locale locale) {
        return relocations.all(user).then(exchange.getFormData()).flatMap(data -> {
            String uscc = data.getFirst("uscc");
            String firmName = data.getFirst("firmName") == null ? null : data.getFirst("firmName").strip();
            UsccCheck check = UnifiedSocialCreditCode.parse(uscc);
            List<FieldProblem> firmProblems = new java.util.ArrayList<>();
            check.problemIfInvalid().ifPresent(p -> firmProblems.add(new FieldProblem("uscc", p.messageKey(), p.args())));
            if (firmName == null || firmName.isEmpty()) {
                firmProblems.add(new FieldProblem("firmName", "NotBlank"));
            }
            BiFunction<RelocationForm, FormErrors, String> again = (form, errors) ->
                    form(model, null, uscc, firmName, form, errors);
            if (!firmProblems.isEmpty()) {
                BoundForm<RelocationDetails> posted = binder.bind(details(data), RelocationDetails.class);
                RelocationForm form = new RelocationForm(posted.value(), null);
                List<FieldProblem> problems = new java.util.ArrayList<>(firmProblems);
                rules.problems(RelocationRules.normalized(form.toDetails()), java.util.Set.of()).stream()
                        .map(form::onForm).forEach(problems::add);
                return Mono.just(again.apply(form, FormErrors.of(posted.binding(), problems, messages, locale, LABELS)));
            }
            return enterprises.withCode(check.codeIfValid().orElseThrow(), firmName).flatMap(firm -> save(data, null,
                    locale, details -> relocations.record(user, firm.id(), details), again, firm.id()));
        });
    }

    @GetMapping("/{enterpriseId}")
    Mono<String> show(PortalUser user, @PathVariable String enterpriseId, Model model) {
        return relocations.find(user, enterpriseId).zipWith(enterprises.find(user, enterpriseId)).map(found -> {
            LocalDate today = rules.today();
            model.addAttribute("relocation", found.getT1());
            model.addAttribute("firm", found.getT2());
            model.addAttribute("today", today);
            return "relocation/relocation";
        });
    }

    @GetMapping("/{enterpriseId}/edit")
    Mono<String> edit(PortalUser user, @PathVariable String enterpriseId, Model model) {
        return relocations.find(user, enterpriseId).map(r -> form(model, enterpriseId, null, r.firmName(),
                RelocationForm.of(r), FormErrors.none()));
    }

    @PostMapping("/{enterpriseId}/edit")
    Mono<String> update(PortalUser user, @PathVariable String enterpriseId, ServerWebExchange exchange, Model model,
                        Locale locale) {
        return relocations.find(user, enterpriseId).zipWith(exchange.getFormData()).flatMap(found -> {
            String version = found.getT2().getFirst("version");
            return save(found.getT2(), version, locale,
                    details -> relocations.update(user, enterpriseId, details, IfMatch.of(version)),
                    (form, errors) -> form(model, enterpriseId, null, found.getT1().firmName(), form, errors),
                    enterpriseId);
        });
    }

    private Mono<String> save(MultiValueMap<String, String> data, String version, Locale locale,
                              Function<RelocationDetails, Mono<Relocation>> write,
                              BiFunction<RelocationForm, FormErrors, String> again, String enterpriseId) {
        BoundForm<RelocationDetails> posted = binder.bind(details(data), RelocationDetails.class);
        RelocationForm form = new RelocationForm(posted.value(), version);
        if (posted.hasErrors()) {
            List<FieldProblem> problems = rules.problems(RelocationRules.normalized(form.toDetails()), java.util.Set.of())
                    .stream().filter(p -> !p.field().contains(".id")).map(form::onForm).toList();
            return Mono.just(again.apply(form, FormErrors.of(posted.binding(), problems, messages, locale, LABELS)));
        }
        return write.apply(form.toDetails()).thenReturn("redirect:/reviewer/relocations/" + enterpriseId + "?saved")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(again.apply(form,
                        FormErrors.of((PortalException) error, form::onForm, messages, locale, LABELS))));
    }

    /** The posted values that make the relocation: the form's version and the firm's code and name are not. */
    private static MultiValueMap<String, String> details(MultiValueMap<String, String> data) {
        MultiValueMap<String, String> details = new LinkedMultiValueMap<>(data);
        details.remove("version");
        details.remove("uscc");
        details.remove("firmName");
        return details;
    }

    private static String form(Model model, String enterpriseId, String uscc, String firmName, RelocationForm form,
                               FormErrors errors) {
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("uscc", uscc);
        model.addAttribute("firmName", firmName);
        model.addAttribute("form", form);
        model.addAttribute("statuses", HteStatusAtArrival.values());
        model.addAttribute("errors", errors);
        return "relocation/relocation-form";
    }

    /** A relocation on the list with how many of its milestones are overdue today. */
    record Row(Relocation relocation, long overdue) {
    }
}
