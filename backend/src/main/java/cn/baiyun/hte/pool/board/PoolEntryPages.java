package cn.baiyun.hte.pool.board;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.TechnicalFieldCatalogue;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import cn.baiyun.hte.pool.feedback.StoredResults;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;

/**
 * One firm's entry for the bureau: what the engine proposed and why (its full condition table), what the
 * bureau decided, what the firm was shown; the tier is decided and the feedback published here.
 */
@PageController
class PoolEntryPages {

    /** Where the decision's and the publication's field names are in the messages. */
    private static final String LABELS = "entry.field.";

    /** @param tier as posted: only a hand-made request sends one the select does not offer */
    record DecisionForm(String tier, String reason) {

        /** The form as it opens: the tier decided so far, else the proposal. */
        static DecisionForm current(PoolEntry entry) {
            TierResult tier = entry.decision() != null ? entry.decision().tier() : entry.proposedTier();
            return new DecisionForm(tier == null ? null : tier.name(), null);
        }

        /** The tier chosen, null when none was; a value that is no tier is a field problem. */
        TierResult chosenTier() {
            if (tier == null || tier.isBlank()) {
                return null;
            }
            return Arrays.stream(TierResult.values()).filter(t -> t.name().equals(tier)).findFirst()
                    .orElseThrow(() -> PortalException.invalid(List.of(new FieldProblem("tier", "typeMismatch"))));
        }
    }

    record PublicationForm(String comment) {
    }

    private final PoolService pool;
    private final StoredResults results;
    private final TechnicalFieldCatalogue catalogue;
    private final ProblemFactory messages;

    PoolEntryPages(PoolService pool, StoredResults results, TechnicalFieldCatalogue catalogue, ProblemFactory messages) {
        this.pool = pool;
        this.results = results;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/reviewer/cycles/{year}/entries/{enterpriseId}")
    Mono<String> show(PortalUser user, @PathVariable int year, @PathVariable String enterpriseId, Model model,
                      Locale locale) {
        return pool.entry(user, year, enterpriseId).map(entry -> entryPage(model, entry,
                DecisionForm.current(entry), new PublicationForm(null), FormErrors.none(), locale));
    }

    @PostMapping("/reviewer/cycles/{year}/entries/{enterpriseId}/decision")
    Mono<String> decide(PortalUser user, @PathVariable int year, @PathVariable String enterpriseId,
                        @ModelAttribute DecisionForm form, Model model, Locale locale) {
        return Mono.defer(() -> pool.decide(user, year, enterpriseId, form.chosenTier(), form.reason()))
                .map(decided -> entryUrl(year, enterpriseId) + "?decided")
                .onErrorResume(FormErrors::shownOnForm, error -> pool.entry(user, year, enterpriseId)
                        .map(entry -> entryPage(model, entry, form, new PublicationForm(null),
                                FormErrors.of((PortalException) error, messages, locale, LABELS), locale)));
    }

    @PostMapping("/reviewer/cycles/{year}/entries/{enterpriseId}/publication")
    Mono<String> publish(PortalUser user, @PathVariable int year, @PathVariable String enterpriseId,
                         @ModelAttribute PublicationForm form, Model model, Locale locale) {
        return pool.publish(user, year, enterpriseId, form.comment())
                .map(published -> entryUrl(year, enterpriseId) + "?published")
                .onErrorResume(FormErrors::shownOnForm, error -> pool.entry(user, year, enterpriseId)
                        .map(entry -> entryPage(model, entry, DecisionForm.current(entry), form,
                                FormErrors.of((PortalException) error, messages, locale, LABELS), locale)));
    }

    private String entryPage(Model model, PoolEntry entry, DecisionForm decision, PublicationForm publication,
                             FormErrors errors, Locale locale) {
        model.addAttribute("entry", entry);
        model.addAttribute("field", catalogue.label(entry.technicalField(), locale));
        model.addAttribute("status", EntryStatus.of(entry));
        model.addAttribute("explanation", results.of(entry.snapshotJson(), entry.ruleSetVersion())
                .map(StoredResults.Recomputed::explained).orElse(null));
        model.addAttribute("tiers", TierResult.values());
        model.addAttribute("decisionForm", decision);
        model.addAttribute("publicationForm", publication);
        model.addAttribute("maxComment", PoolService.MAX_COMMENT);
        model.addAttribute("errors", errors);
        return "pool/entry";
    }

    private static String entryUrl(int year, String enterpriseId) {
        return "redirect:/reviewer/cycles/" + year + "/entries/" + enterpriseId;
    }
}
