package cn.baiyun.hte.filing.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The R&D project page's form; property paths equal the field paths of {@link RdProjectRules}. Blank
 * spend rows are not saved; a form shown again after an error keeps its rows where they were typed, each
 * problem next to its row.
 */
public class RdProjectForm implements DetailsForm<RdProjectDetails> {

    static final int SPARE_ROWS = 2;

    private String code;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private BigDecimal budget;
    private List<SpendRow> spendByYear = new ArrayList<>();
    private Long version;

    static RdProjectForm of(RdProject project) {
        RdProjectDetails d = project.details();
        RdProjectForm form = new RdProjectForm();
        form.code = d.code();
        form.title = d.title();
        form.startDate = d.startDate();
        form.endDate = d.endDate();
        form.budget = d.budget();
        d.spendByYear().forEach(s -> form.spendByYear.add(new SpendRow(s.year(), s.amount())));
        form.version = project.version();
        return form.withSpareRows();
    }

    /** Makes sure that at least {@value #SPARE_ROWS} empty rows are offered to fill in. */
    RdProjectForm withSpareRows() {
        long blank = spendByYear.stream().filter(SpendRow::blank).count();
        for (; blank < SPARE_ROWS; blank++) {
            spendByYear.add(new SpendRow());
        }
        return this;
    }

    @Override
    public Typed<RdProjectDetails> typed(Errors unreadable) {
        FilledRows<SpendRow> filled = new FilledRows<>("spendByYear", spendByYear, SpendRow::blank, unreadable);
        return new Typed<>(new RdProjectDetails(code, title, startDate, endDate, budget,
                filled.map(SpendRow::toYearSpend)), filled::onPage);
    }

    public static class SpendRow {
        private Integer year;
        private BigDecimal amount;

        public SpendRow() {
        }

        SpendRow(Integer year, BigDecimal amount) {
            this.year = year;
            this.amount = amount;
        }

        boolean blank() {
            return year == null && amount == null;
        }

        YearSpend toYearSpend() {
            return new YearSpend(year, amount);
        }

        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public List<SpendRow> getSpendByYear() { return spendByYear; }
    public void setSpendByYear(List<SpendRow> spendByYear) { this.spendByYear = spendByYear; }
    @Override
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
