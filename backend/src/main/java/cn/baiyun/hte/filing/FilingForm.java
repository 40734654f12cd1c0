package cn.baiyun.hte.filing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.web.KeptRows;

/**
 * What a section page's form shows: the sections as saved, or as just posted (a field that could not be
 * read is empty here and shown from its error with what was typed), the staff rows by month and the
 * incident rows with blank ones to fill in, and the version the page was read at. Input names are the
 * validator's field paths ({@code financials.highTechRevenue}, {@code staff.months[3].totalEnd}), so that
 * a problem lands next to the input it concerns; the posted form is read straight into the section's
 * record ({@code platform.web.FormBinder}).
 */
public final class FilingForm {

    static final int MONTHS = FilingValidator.MONTHS;
    /** Blank incident rows always offered, so that rows can be added without a script. */
    static final int BLANK_INCIDENT_ROWS = 2;

    private static final StaffMonth NO_MONTH = new StaffMonth(null, null, null, null, null);
    private static final Incident NO_INCIDENT = new Incident(null, null, null, null);

    private final String version;
    private final FilingContent content;

    private FilingForm(String version, FilingContent content) {
        this.version = version;
        this.content = content;
    }

    static FilingForm of(Filing filing) {
        return new FilingForm(String.valueOf(filing.version()), filing.content());
    }

    /** The form as posted: rows in the places they were typed, blank ones included. */
    static FilingForm posted(String version, FilingContent content) {
        return new FilingForm(version, content);
    }

    /**
     * The section's value as the service takes it: blank rows left out, each monthly row numbered by its
     * place on the page, only the chosen way of giving staff, texts trimmed.
     */
    Parsed parse(FilingSection section) {
        return switch (section) {
            case FINANCIALS -> new Parsed(getFinancials(), List.of());
            case RD_SPEND -> new Parsed(getRdSpend(), List.of());
            case STAFF -> staff(getStaff());
            case INCIDENTS -> incidents(getIncidents());
            case SELF_ASSESSMENT -> new Parsed(getSelfAssessment(), List.of());
        };
    }

    /**
     * A section's value. Blank rows are left out of it, so a row's place in the value differs from its
     * place on the page: {@code rows} maps the one to the other for the problems the service finds.
     */
    record Parsed(Object value, List<Integer> rows) {

        /** The problem with its field path pointing at the page's input rather than the value's row. */
        FieldProblem onPage(FieldProblem problem) {
            return new KeptRows(rows).onPage(problem);
        }
    }

    private static Parsed staff(Staff posted) {
        boolean monthly = posted.mode() == Staff.Mode.MONTHLY;
        boolean annual = posted.mode() == Staff.Mode.ANNUAL_AVERAGE;
        List<StaffMonth> filled = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < posted.months().size() && !annual; i++) {
            StaffMonth row = posted.months().get(i);
            if (!blank(row)) {
                filled.add(new StaffMonth(i + 1, row.totalBegin(), row.totalEnd(), row.scienceAndTechnologyBegin(),
                        row.scienceAndTechnologyEnd()));
                kept.add(i);
            }
        }
        return new Parsed(new Staff(posted.mode(), monthly ? null : posted.averageTotal(),
                monthly ? null : posted.averageScienceAndTechnology(), filled), kept);
    }

    private static Parsed incidents(Incidents posted) {
        List<Incident> filled = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < posted.items().size(); i++) {
            Incident row = posted.items().get(i);
            if (!blank(row)) {
                filled.add(new Incident(row.date(), row.type(), trim(row.authority()), trim(row.description())));
                kept.add(i);
            }
        }
        return new Parsed(new Incidents(Boolean.TRUE.equals(posted.none()) ? Boolean.TRUE : null, filled), kept);
    }

    private static boolean blank(StaffMonth row) {
        return row.totalBegin() == null && row.totalEnd() == null
                && row.scienceAndTechnologyBegin() == null && row.scienceAndTechnologyEnd() == null;
    }

    private static boolean blank(Incident row) {
        return row.date() == null && row.type() == null && trim(row.authority()) == null
                && trim(row.description()) == null;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getVersion() {
        return version;
    }

    public Financials getFinancials() {
        return content.financials() != null ? content.financials()
                : new Financials(null, null, null, null, null, null, null, null, null);
    }

    public RdSpend getRdSpend() {
        return content.rdSpend() != null ? content.rdSpend()
                : new RdSpend(null, null, null, null, null, null, null, null, null);
    }

    public Staff getStaff() {
        return content.staff() != null ? content.staff() : new Staff(null, null, null, List.of());
    }

    /** Row {@code i} is month {@code i + 1}: a saved row goes to its month, a posted one stays where it was typed. */
    public List<StaffMonth> getMonths() {
        List<StaffMonth> rows = new ArrayList<>(Collections.nCopies(MONTHS, NO_MONTH));
        List<StaffMonth> given = getStaff().months();
        for (int i = 0; i < given.size(); i++) {
            StaffMonth row = given.get(i);
            int at = row.month() != null ? row.month() - 1 : i;
            if (at >= 0 && at < MONTHS) {
                rows.set(at, row);
            }
        }
        return rows;
    }

    public Incidents getIncidents() {
        return content.incidents() != null ? content.incidents() : new Incidents(null, List.of());
    }

    /** The incidents in their places, and {@value #BLANK_INCIDENT_ROWS} empty rows to add more. */
    public List<Incident> getIncidentRows() {
        List<Incident> rows = new ArrayList<>(getIncidents().items());
        long blank = rows.stream().filter(FilingForm::blank).count();
        for (long i = blank; i < BLANK_INCIDENT_ROWS; i++) {
            rows.add(NO_INCIDENT);
        }
        return rows;
    }

    public SelfAssessment getSelfAssessment() {
        return content.selfAssessment() != null ? content.selfAssessment()
                : new SelfAssessment(null, null, null, null, null, null, null);
    }
}
