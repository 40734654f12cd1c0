package cn.baiyun.hte.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of visits as a client sends them: mutable, so a test can spoil one field. */
final class VisitSamples {

    private VisitSamples() {
    }

    /** A tier-1 coaching visit with one follow-up for the firm and one for the bureau. */
    static Map<String, Object> visit(LocalDate on) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("visitDate", on.toString());
        body.put("bureauAttendees", new ArrayList<>(List.of("王审核", "刘洋")));
        body.put("firmAttendees", new ArrayList<>(List.of("李明（总经理）", "陈静（财务）")));
        body.put("topics", new ArrayList<>(List.of("RD_EXPENSE_COLLECTION", "APPLICATION_MATERIALS")));
        body.put("summary", "核对近三年研发费用归集情况，讲解申报材料清单。");
        body.put("followUps", new ArrayList<>(List.of(
                followUp("按项目设立研发费用辅助账", "FIRM", on.plusDays(30)),
                followUp("提供专项审计机构名单", "BUREAU", on.plusDays(7)))));
        return body;
    }

    static Map<String, Object> followUp(String action, String owner, LocalDate due) {
        Map<String, Object> followUp = new LinkedHashMap<>();
        followUp.put("action", action);
        followUp.put("owner", owner);
        followUp.put("dueDate", due.toString());
        return followUp;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> followUpOf(Map<String, Object> visit, int index) {
        return ((List<Map<String, Object>>) visit.get("followUps")).get(index);
    }
}
