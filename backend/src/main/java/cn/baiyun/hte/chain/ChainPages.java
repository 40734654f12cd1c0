package cn.baiyun.hte.chain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.enterprise.UsccCheck;
import cn.baiyun.hte.enterprise.UsccProblem;
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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The chains' pages: the district's list with its form (reviewers), and the firms' tags (reviewers and 工信局
 * officers): the tagged firms, finding a firm by its code, and a firm's tag form. Forms carry the version they
 * started from; a save over someone else's newer save shows the conflict and changes nothing.
 */
@PageController
class ChainPages {

    private static final String LABELS = "chain.field.";

    private final ChainCatalogue catalogue;
    private final FirmTagService tags;
    private final EnterpriseService enterprises;
    private final FormBinder binder;
    private final ProblemFactory messages;

    ChainPages(ChainCatalogue catalogue, FirmTagService tags, EnterpriseService enterprises, FormBinder binder,
               ProblemFactory messages) {
        this.catalogue = catalogue;
        this.tags = tags;
        this.enterprises = enterprises;
        this.binder = binder;
        this.messages = messages;
    }

    @GetMapping("/reviewer/chains")
    Mono<String> chains(PortalUser user, Model model) {
        return ChainAccess.requireEditor(user).then(catalogue.chains(user).collectList()).map(chains -> {
            model.addAttribute("chains", chains);
            return "chain/chains";
        });
    }

    @GetMapping("/reviewer/chains/new")
    Mono<String> add(PortalUser user, Model model) {
        return ChainAccess.requireEditor(user).then(Mono.fromSupplier(() -> chainForm(model, null,
                new ChainDetails(null, null, null, null, 0, false), null, FormErrors.none())));
    }

    @PostMapping("/reviewer/chains/new")
    Mono<String> create(PortalUser user, ServerWebExchange exchange, Model model, Locale locale) {
        return ChainAccess.requireEditor(user).then(exchange.getFormData()).flatMap(data -> saveChain(data, locale,
                details -> catalogue.add(user, details), (form, errors) -> chainForm(model, null, form, null, errors)));
    }

    @GetMapping("/reviewer/chains/{chainId}")
    Mono<String> edit(PortalUser user, @PathVariable String chainId, Model model) {
        return ChainAccess.requireEditor(user).then(catalogue.find(user, chainId)).map(chain -> chainForm(model,
                chainId, chain.details(), String.valueOf(chain.version()), FormErrors.none()));
    }

    @PostMapping("/reviewer/chains/{chainId}")
    Mono<String> update(PortalUser user, @PathVariable String chainId, ServerWebExchange exchange, Model model,
                        Locale locale) {
        return ChainAccess.requireEditor(user).then(exchange.getFormData()).flatMap(data -> saveChain(data, locale,
                details -> catalogue.update(user, chainId, details, IfMatch.of(data.getFirst("version"))),
                (form, errors) -> chainForm(model, chainId, form, data.getFirst("version"), errors)));
    }

    @GetMapping("/chains/firms")
    Mono<String> tagged(PortalUser user, Model model, Locale locale) {
        return taggedPage(user, model, null, FormErrors.none());
    }

    /** Finds a firm by its code and opens its tags; a code that is wrong or unknown is said at the input. */
    @GetMapping("/chains/firms/find")
    Mono<String> find(PortalUser user, @RequestParam(required = false) String uscc, Model model, Locale locale) {
        return ChainAccess.requireTagger(user).then(Mono.defer(() -> {
            UsccCheck check = UnifiedSocialCreditCode.parse(uscc);
            if (check.problemIfInvalid().isPresent()) {
                UsccProblem problem = check.problemIfInvalid().get();
                return taggedPage(user, model, uscc, invalid(new FieldProblem("uscc", problem.messageKey(),
                        problem.args()), locale));
            }
            return enterprises.withCode(check.codeIfValid().orElseThrow(), null)
                    .map(firm -> "redirect:/chains/firms/" + firm.id())
                    .switchIfEmpty(Mono.defer(() -> taggedPage(user, model, uscc,
                            invalid(new FieldProblem("uscc", "chain.firm.unknown"), locale))));
        }));
    }

    private FormErrors invalid(FieldProblem problem, Locale locale) {
        return FormErrors.of(PortalException.invalid(problem), messages, locale, LABELS);
    }

    @GetMapping("/chains/firms/{enterpriseId}")
    Mono<String> firm(PortalUser user, @PathVariable String enterpriseId, Model model) {
        return tags.tagsOf(user, enterpriseId).flatMap(found -> tagForm(model, found,
                new TagDetails(found.tags().chainId(), found.tags().flags()), version(found.tags()), FormErrors.none()));
    }

    @PostMapping("/chains/firms/{enterpriseId}")
    Mono<String> tag(PortalUser user, @PathVariable String enterpriseId, ServerWebExchange exchange, Model model,
                     Locale locale) {
        return tags.tagsOf(user, enterpriseId).zipWith(exchange.getFormData()).flatMap(found -> {
            MultiValueMap<String, String> data = found.getT2();
            String chainId = data.getFirst("chainId") == null || data.getFirst("chainId").isBlank() ? null
                    : data.getFirst("chainId");
            Set<FirmFlag> flags = EnumSet.noneOf(FirmFlag.class);
            List<String> posted = data.getOrDefault("flags", List.of());
            for (String flag : posted) {
                flags.add(flag(flag));
            }
            TagDetails details = new TagDetails(chainId, List.copyOf(flags));
            String version = data.getFirst("version");
            IfMatch ifMatch = version == null || version.isEmpty() ? IfMatch.unconditional() : IfMatch.of(version);
            return tags.tag(user, enterpriseId, details, ifMatch)
                    .thenReturn("redirect:/chains/firms/" + enterpriseId + "?saved")
                    .onErrorResume(FormErrors::shownOnForm, error -> tagForm(model, found.getT1(), details, version,
                            FormErrors.of((PortalException) error, messages, locale, LABELS)));
        });
    }

    private Mono<String> taggedPage(PortalUser user, Model model, String uscc, FormErrors errors) {
        return Mono.zip(tags.tagged(user).collectList(), catalogue.all().collectList()).map(found -> {
            model.addAttribute("tagged", found.getT1());
            model.addAttribute("chainsById", byId(found.getT2()));
            model.addAttribute("uscc", uscc);
            model.addAttribute("errors", errors);
            return "chain/firms";
        });
    }

    private Mono<String> tagForm(Model model, FirmTagService.Tagged found, TagDetails form, String version,
                                 FormErrors errors) {
        return catalogue.all().collectList().map(chains -> {
            // Retired chains are offered only to the firm that has one already, so that saving keeps it.
            List<IndustryChain> offered = new ArrayList<>(chains.stream()
                    .filter(c -> !c.retired() || c.id().equals(found.tags().chainId())).toList());
            model.addAttribute("firm", found.firm());
            model.addAttribute("tags", found.tags());
            model.addAttribute("chainsById", byId(chains));
            model.addAttribute("chains", offered);
            model.addAttribute("form", form);
            model.addAttribute("version", version);
            model.addAttribute("allFlags", FirmFlag.values());
            model.addAttribute("errors", errors);
            return "chain/firm";
        });
    }

    private Mono<String> saveChain(MultiValueMap<String, String> data, Locale locale,
                                   Function<ChainDetails, Mono<IndustryChain>> write,
                                   java.util.function.BiFunction<ChainDetails, FormErrors, String> formAgain) {
        BoundForm<ChainDetails> posted = binder.bind(data, ChainDetails.class);
        if (posted.hasErrors()) {
            return Mono.just(formAgain.apply(posted.value(), FormErrors.of(posted.binding(),
                    ChainRules.problems(ChainRules.normalized(posted.value())), messages, locale, LABELS)));
        }
        return write.apply(posted.value()).thenReturn("redirect:/reviewer/chains?saved")
                .onErrorResume(FormErrors::shownOnForm, error -> Mono.just(formAgain.apply(posted.value(),
                        FormErrors.of((PortalException) error, messages, locale, LABELS))));
    }

    private static String chainForm(Model model, String chainId, ChainDetails form, String version, FormErrors errors) {
        model.addAttribute("chainId", chainId);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return "chain/chain-form";
    }

    private static String version(FirmTags tags) {
        return tags.version() == null ? "" : String.valueOf(tags.version());
    }

    /** A flag the page could not have sent: a 400, as for any form the page did not make. */
    private static FirmFlag flag(String posted) {
        try {
            return FirmFlag.valueOf(posted);
        } catch (IllegalArgumentException e) {
            throw new org.springframework.web.server.ServerWebInputException("Unknown flag");
        }
    }

    private static Map<String, IndustryChain> byId(List<IndustryChain> chains) {
        return chains.stream().collect(Collectors.toMap(IndustryChain::id, Function.identity()));
    }
}
