package cn.baiyun.hte.filing.portfolio;

import java.util.List;

import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import reactor.core.publisher.Mono;

/** A firm's R&D projects with their budget and spend per fiscal year. */
@Controller
@RequestMapping("/firms/{enterpriseId}/rd-projects")
class RdProjectPages extends RecordPages<RdProject, RdProjectDetails, RdProjectForm> {

    RdProjectPages(FirmRecords<RdProject, RdProjectDetails> projects, PageSupport pages) {
        super(projects, pages, "rd-projects", "rd-project-form", "portfolio.rd-project.field.");
    }

    @Override
    RdProjectForm newForm() {
        return new RdProjectForm().withSpareRows();
    }

    @Override
    RdProjectForm formOf(RdProject project) {
        return RdProjectForm.of(project);
    }

    @Override
    RdProjectForm again(RdProjectForm form) {
        return form.withSpareRows();
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
