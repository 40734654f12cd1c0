package cn.baiyun.hte.pool.cycle;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The cycle form of the reviewers' page, as typed. Its input names ({@code dates.assessmentDate}) are
 * the paths the validator reports problems on, so every message lands next to its field.
 */
public class CycleForm {

    private Integer year;
    private Dates dates = new Dates();
    private Long version;

    public static CycleForm of(int year, CycleDates dates, Long version) {
        CycleForm form = new CycleForm();
        form.year = year;
        form.dates.assessmentDate = dates.assessmentDate();
        form.dates.filingOpens = dates.filingOpens();
        form.dates.filingCloses = dates.filingCloses();
        form.dates.adjustmentDeadline = dates.adjustmentDeadline();
        form.dates.recommendationDeadline = dates.recommendationDeadline();
        form.version = version;
        return form;
    }

    public CycleDates toDates() {
        return new CycleDates(dates.assessmentDate, dates.filingOpens, dates.filingCloses, dates.adjustmentDeadline,
                dates.recommendationDeadline);
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Dates getDates() { return dates; }
    public void setDates(Dates dates) { this.dates = dates; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static class Dates {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate assessmentDate;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate filingOpens;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate filingCloses;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate adjustmentDeadline;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate recommendationDeadline;

        public LocalDate getAssessmentDate() { return assessmentDate; }
        public void setAssessmentDate(LocalDate date) { this.assessmentDate = date; }
        public LocalDate getFilingOpens() { return filingOpens; }
        public void setFilingOpens(LocalDate date) { this.filingOpens = date; }
        public LocalDate getFilingCloses() { return filingCloses; }
        public void setFilingCloses(LocalDate date) { this.filingCloses = date; }
        public LocalDate getAdjustmentDeadline() { return adjustmentDeadline; }
        public void setAdjustmentDeadline(LocalDate date) { this.adjustmentDeadline = date; }
        public LocalDate getRecommendationDeadline() { return recommendationDeadline; }
        public void setRecommendationDeadline(LocalDate date) { this.recommendationDeadline = date; }
    }
}
