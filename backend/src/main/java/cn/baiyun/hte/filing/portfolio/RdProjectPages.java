package cn.baiyun.hte.filing.portfolio;

import java.util.List;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import reactor.core.publisher.Mono;

/** A firm's R&D projects with their budget and spend per fiscal year. */
@PageController
@RequestMapping("/firms/{enterpriseId}/rd-projects")
class RdProjectPages extends RecordPages<RdProject, RdProjectDetails> {

    /** The spend of each year, a row each; a row is blank with neither year nor amount. */
    private static final FormRows<RdProjectDetails, YearSpend> SPEND_ROWS = FormRows.of("spendByYear",
            RdProjectDetails::spendByYear,
            (d, rows) -> new RdProjectDetails(d.code(), d.title(), d.startDate(), d.endDate(), d.budget(), rows),
            new YearSpend(null, null), row -> row.year() == null && row.amount() == null);

    RdProjectPages(FirmRecords<RdProject, RdProjectDetails> projects, PageSupport pages) {
        super(projects, pages, "rd-projects", "rd-project-form", RdProjectDetails.class,
                new RdProjectDetails(null, null, null, null, null, List.of()), SPEND_ROWS,
                "portfolio.rd-project.field.");
    }

    @Override
    String label(RdProject project) {
        return project.details().code() + " " + project.details().title();
    }

    @Override
    Mono<Void> addListDetails(PortalUser user, String enterpriseId, List<RdProject> all, Model model) {
        return Mono.empty();
    }

    @Override
    Mono<Void> addFormChoices(PortalUser user, String enterpriseId, Model model) {
        return Mono.empty();
    }
}
