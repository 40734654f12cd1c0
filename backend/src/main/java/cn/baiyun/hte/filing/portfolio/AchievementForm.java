package cn.baiyun.hte.filing.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The achievement page's form; property paths equal the field paths of {@link AchievementRules}. Blank
 * transformation rows are not saved; a form shown again after an error keeps its rows where they were
 * typed, each problem next to its row.
 */
public class AchievementForm implements DetailsForm<AchievementDetails> {

    static final int SPARE_ROWS = 2;

    private String title;
    private String description;
    private List<String> ipAssetIds = new ArrayList<>();
    private List<TransformationRow> transformations = new ArrayList<>();
    private Long version;

    static AchievementForm of(Achievement achievement) {
        AchievementDetails d = achievement.details();
        AchievementForm form = new AchievementForm();
        form.title = d.title();
        form.description = d.description();
        form.ipAssetIds = new ArrayList<>(d.ipAssetIds());
        d.transformations().forEach(t -> form.transformations.add(
                new TransformationRow(t.date(), t.year(), t.form(), t.appliedTo())));
        form.version = achievement.version();
        return form.withSpareRows();
    }

    /** Makes sure that at least {@value #SPARE_ROWS} empty rows are offered to fill in. */
    AchievementForm withSpareRows() {
        long blank = transformations.stream().filter(TransformationRow::blank).count();
        for (; blank < SPARE_ROWS; blank++) {
            transformations.add(new TransformationRow());
        }
        return this;
    }

    @Override
    public Typed<AchievementDetails> typed(Errors unreadable) {
        FilledRows<TransformationRow> filled = new FilledRows<>("transformations", transformations,
                TransformationRow::blank, unreadable);
        return new Typed<>(new AchievementDetails(title, ipAssetIds, description,
                filled.map(TransformationRow::toTransformation)), filled::onPage);
    }

    public static class TransformationRow {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private Integer year;
        private TransformationForm form;
        private String appliedTo;

        public TransformationRow() {
        }

        TransformationRow(LocalDate date, Integer year, TransformationForm form, String appliedTo) {
            this.date = date;
            this.year = year;
            this.form = form;
            this.appliedTo = appliedTo;
        }

        boolean blank() {
            return date == null && year == null && form == null && (appliedTo == null || appliedTo.isBlank());
        }

        Transformation toTransformation() {
            return new Transformation(date, year, form, appliedTo);
        }

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public TransformationForm getForm() { return form; }
        public void setForm(TransformationForm form) { this.form = form; }
        public String getAppliedTo() { return appliedTo; }
        public void setAppliedTo(String appliedTo) { this.appliedTo = appliedTo; }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getIpAssetIds() { return ipAssetIds; }
    public void setIpAssetIds(List<String> ipAssetIds) { this.ipAssetIds = ipAssetIds; }
    public List<TransformationRow> getTransformations() { return transformations; }
    public void setTransformations(List<TransformationRow> transformations) { this.transformations = transformations; }
    @Override
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
