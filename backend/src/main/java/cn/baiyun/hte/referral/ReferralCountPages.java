package cn.baiyun.hte.referral;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.PageController;
import cn.baiyun.hte.platform.web.StreamingWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The per-department count for the joint meeting (联席会议), for the bureau's reviewers: a page, and the same
 * table with its total as an XLSX workbook for the meeting's papers.
 */
@PageController
class ReferralCountPages {

    private final ReferralService referrals;
    private final MessageSource messages;
    private final Clock clock;

    ReferralCountPages(ReferralService referrals, MessageSource messages, Clock clock) {
        this.referrals = referrals;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/referrals/counts")
    Mono<String> page(PortalUser user, Model model) {
        return referrals.counts(user).collectList().map(counts -> {
            model.addAttribute("counts", counts);
            model.addAttribute("total", total(counts, null));
            model.addAttribute("columns", CountColumn.values());
            model.addAttribute("today", LocalDate.now(clock));
            return "referral/counts";
        });
    }

    @GetMapping(path = "/referrals/counts.xlsx", produces = StreamingWorkbook.MEDIA_TYPE)
    Mono<ResponseEntity<byte[]>> workbook(PortalUser user, Locale locale) {
        String title = messages.getMessage("referral.counts.title", null, locale);
        String totalLabel = messages.getMessage("referral.counts.total", null, locale);
        Flux<DepartmentCount> rows = referrals.counts(user).collectList()
                .flatMapIterable(counts -> concat(counts, total(counts, totalLabel)));
        return StreamingWorkbook.write(rows, title,
                        CountColumn.columns(key -> messages.getMessage(key, null, locale)))
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(StreamingWorkbook.MEDIA_TYPE))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(title + "-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8)
                                .build().toString())
                        .body(bytes));
    }

    private static DepartmentCount total(List<DepartmentCount> counts, String label) {
        return counts.stream().reduce(DepartmentCount.none(label), DepartmentCount::sum);
    }

    private static List<DepartmentCount> concat(List<DepartmentCount> counts, DepartmentCount total) {
        return java.util.stream.Stream.concat(counts.stream(), java.util.stream.Stream.of(total)).toList();
    }
}
