package cn.baiyun.hte.relocation;

import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.web.KeptRows;

/**
 * What the relocation form shows: the relocation as saved or as just posted, its milestones with spare empty rows
 * so that the form works without a script, and the version the page was read at. Blank milestone rows are not
 * saved; a problem of a saved milestone is shown at the row it was typed in.
 */
public final class RelocationForm {

    static final int SPARE_ROWS = 2;
    private static final Milestone NO_MILESTONE = new Milestone(null, null, null, null);

    private final RelocationDetails details;
    private final String version;

    RelocationForm(RelocationDetails details, String version) {
        this.details = details;
        this.version = version;
    }

    static RelocationForm of(Relocation relocation) {
        return new RelocationForm(relocation.details(), String.valueOf(relocation.version()));
    }

    /** The relocation as the service takes it: blank milestone rows left out. */
    RelocationDetails toDetails() {
        return new RelocationDetails(details.origin(), details.arrivalDate(), details.hteAtArrival(), details.support(),
                details.milestones().stream().filter(m -> !blank(m)).toList());
    }

    FieldProblem onForm(FieldProblem problem) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < details.milestones().size(); i++) {
            if (!blank(details.milestones().get(i))) {
                kept.add(i);
            }
        }
        return new KeptRows(kept).onPage(problem);
    }

    private static boolean blank(Milestone m) {
        return m == null || empty(m.id()) && empty(m.title()) && m.dueDate() == null && m.doneOn() == null;
    }

    private static boolean empty(String text) {
        return text == null || text.isBlank();
    }

    public String getVersion() {
        return version;
    }

    public RelocationDetails getDetails() {
        return details;
    }

    public SupportPackage getSupport() {
        return details.support() == null ? new SupportPackage(null, null, null, null) : details.support();
    }

    /** The milestones in their places, and at least {@value #SPARE_ROWS} empty rows to add more. */
    public List<Milestone> getMilestones() {
        List<Milestone> rows = new ArrayList<>(details.milestones().stream()
                .map(m -> m == null ? NO_MILESTONE : m).toList());
        long blank = rows.stream().filter(RelocationForm::blank).count();
        for (; blank < SPARE_ROWS; blank++) {
            rows.add(NO_MILESTONE);
        }
        return rows;
    }
}
