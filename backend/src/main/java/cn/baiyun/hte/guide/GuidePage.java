package cn.baiyun.hte.guide;

import java.util.List;

import cn.baiyun.hte.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The guide, open to everyone: signed in or not, people read what each task asks of them. */
@PageController
class GuidePage {

    /**
     * The tasks in the order a firm meets them, then the departments' and the bureau's. Each one's texts are
     * {@code guide.<id>.title}, {@code .about} and {@code .step.1} to {@code .step.<steps>}.
     *
     * @param who whose task it is: {@code firm}, {@code department} or {@code bureau}
     */
    record Task(String id, String who, int steps) {
    }

    static final List<Task> TASKS = List.of(
            new Task("claim", "firm", 3),
            new Task("profile", "firm", 3),
            new Task("filing", "firm", 5),
            new Task("portfolio", "firm", 3),
            new Task("feedback", "firm", 4),
            new Task("self-check", "firm", 3),
            new Task("coaching", "firm", 3),
            new Task("referral", "department", 3),
            new Task("bureau", "bureau", 3));

    @GetMapping("/guide")
    String guide(Model model) {
        model.addAttribute("tasks", TASKS);
        return "guide/guide";
    }
}
