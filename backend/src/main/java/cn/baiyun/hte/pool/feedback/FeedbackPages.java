package cn.baiyun.hte.pool.feedback;

import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.PageController;
import cn.baiyun.hte.pool.board.PoolEntry;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import reactor.core.publisher.Mono;

/**
 * The firm's tier feedback pages: the latest published feedback with the tier history across years, and
 * each published cycle in full with the "acknowledge" button. Who may see what is {@link FeedbackService}'s.
 */
@PageController
@RequestMapping("/firms/{enterpriseId}/feedback")
class FeedbackPages {

    private final FeedbackService feedback;

    FeedbackPages(FeedbackService feedback) {
        this.feedback = feedback;
    }

    /**
     * The tier history for the chart, oldest first: the tier as 1, 2, 3, or 4 for outside the pool, and
     * null for a cycle without a tier (insufficient data), which leaves a gap in the line.
     */
    record TierChart(List<Integer> years, List<Integer> tiers) {

        static TierChart of(List<PoolEntry> newestFirst) {
            List<Integer> years = new ArrayList<>(newestFirst.size());
            List<Integer> tiers = new ArrayList<>(newestFirst.size());
            for (int i = newestFirst.size() - 1; i >= 0; i--) {
                PoolEntry entry = newestFirst.get(i);
                years.add(entry.cycleYear());
                tiers.add(level(entry.publication().tier()));
            }
            return new TierChart(years, tiers);
        }

        private static Integer level(TierResult tier) {
            return tier == null ? null : tier.ordinal() + 1;
        }

        /** The series as JSON for the chart script, e.g. {@code [3,2,null]}. */
        public String tiersJson() {
            return tiers.toString().replace(" ", "");
        }

        public String yearsJson() {
            return years.toString().replace(" ", "");
        }
    }

    @GetMapping
    Mono<String> overview(PortalUser user, @PathVariable String enterpriseId, Model model) {
        return feedback.firmWithHistory(user, enterpriseId)
                .map(found -> {
                    List<PoolEntry> history = found.history();
                    model.addAttribute("firm", found.firm());
                    model.addAttribute("history", history);
                    model.addAttribute("latest", history.isEmpty() ? null : feedback.feedback(history.get(0)));
                    model.addAttribute("chart", history.size() > 1 ? TierChart.of(history) : null);
                    model.addAttribute("mayAcknowledge", user.isFirmUser());
                    return "feedback/overview";
                });
    }

    @GetMapping("/{year}")
    Mono<String> year(PortalUser user, @PathVariable String enterpriseId, @PathVariable int year, Model model) {
        return feedback.firm(user, enterpriseId)
                .zipWith(feedback.published(user, enterpriseId, year))
                .map(found -> {
                    model.addAttribute("firm", found.getT1());
                    model.addAttribute("feedback", found.getT2());
                    model.addAttribute("mayAcknowledge", user.isFirmUser());
                    return "feedback/year";
                });
    }

    @PostMapping("/{year}/acknowledgement")
    Mono<String> acknowledge(PortalUser user, @PathVariable String enterpriseId, @PathVariable int year) {
        return feedback.acknowledge(user, enterpriseId, year)
                .thenReturn("redirect:/firms/" + enterpriseId + "/feedback/" + year + "?acknowledged");
    }
}
