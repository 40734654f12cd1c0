package cn.baiyun.hte.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.FormErrors;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reviewers: the open follow-ups of every firm, the one due first first, overdue ones marked. */
@PageController
class FollowUpQueuePage {

    private static final String PAGE = "coaching/follow-ups";

    private final CoachingService coaching;
    private final EnterpriseService enterprises;
    private final ProblemFactory messages;
    private final Clock clock;

    FollowUpQueuePage(CoachingService coaching, EnterpriseService enterprises, ProblemFactory messages, Clock clock) {
        this.coaching = coaching;
        this.enterprises = enterprises;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reviewer/coaching")
    Mono<String> show(PortalUser user, @RequestParam(required = false) String cursor, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        return coaching.followUps(user, new FollowUpSearch(null, FollowUpStatus.OPEN, null, cursor))
                .flatMap(page -> firmsOf(user, page.items()).map(firms -> {
                    model.addAttribute("rows", page.items().stream()
                            .map(entry -> new QueuedRow(entry, firms.get(entry.enterpriseId()),
                                    entry.followUp().overdueOn(today)))
                            .toList());
                    model.addAttribute("next", page.next());
                    model.addAttribute("errors", FormErrors.none());
                    return PAGE;
                }))
                .onErrorResume(FormErrors::shownOnForm, error -> {
                    model.addAttribute("rows", List.of());
                    model.addAttribute("errors", FormErrors.of((PortalException) error, messages, locale));
                    return Mono.just(PAGE);
                });
    }

    /** The firms of a page's rows, each read once. */
    private Mono<Map<String, Enterprise>> firmsOf(PortalUser user, List<FollowUpEntry> entries) {
        return Flux.fromStream(entries.stream().map(FollowUpEntry::enterpriseId).distinct())
                .concatMap(id -> enterprises.find(user, id))
                .collect(Collectors.toMap(Enterprise::id, Function.identity()));
    }

    /** A line of the list: the follow-up, its firm, and whether it is overdue. */
    record QueuedRow(FollowUpEntry entry, Enterprise firm, boolean overdue) {
    }
}
