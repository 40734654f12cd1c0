package cn.baiyun.hte.referral;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.ProblemFactory;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An import as its department reads it, on the page and from the API: how far it got, what it counted, and
 * each row that was not imported with its column and what was wrong, in the reader's language.
 *
 * @param rows            rows read so far (the heading row and empty rows not counted)
 * @param problemsLeftOut rows not imported beyond those listed in {@code problems}
 * @param failure         why the import stopped before its end, when it failed
 */
public record ImportReport(
        @Schema(example = "65f1c0a2b3d4e5f607182930") String id,
        @Schema(example = "工信局") String department,
        @Schema(example = "2026年第四季度推荐企业.xlsx") String fileName,
        ReferralImport.Format format, ReferralImport.State state,
        @Schema(example = "120") long rows,
        @Schema(example = "117") long accepted,
        @Schema(example = "1") long duplicates,
        @Schema(example = "2") long invalid,
        List<RowProblem> problems, long problemsLeftOut, String failure, Instant startedAt, Instant finishedAt) {

    /**
     * A row that was not imported.
     *
     * @param row    the row's number in the file, the heading being row 1
     * @param column the column at fault, {@code A} (code) to {@code D} (contact)
     * @param field  that column's field in a single referral: {@code uscc}, {@code firmName}, {@code note}, {@code contact}
     */
    public record RowProblem(@Schema(example = "7") long row, ReferralImport.Outcome outcome,
                          @Schema(example = "91520113MA6DKQ3Y45") String uscc,
                          @Schema(example = "A") String column,
                          @Schema(example = "uscc") String field,
                          @Schema(example = "统一社会信用代码的校验位不正确") String reason) {
    }

    static ImportReport of(ReferralImport job, ProblemFactory messages, Locale locale) {
        List<RowProblem> problems = job.problems().stream()
                .map(p -> new RowProblem(p.row(), p.outcome(), p.uscc(), p.column(), p.field(), messages.message(
                        new FieldProblem(p.field(), p.messageKey(), p.args() == null ? new Object[0] : p.args().toArray()),
                        locale)))
                .toList();
        String failure = job.failure() == null ? null
                : messages.message(new FieldProblem("file", job.failure()), locale);
        return new ImportReport(job.id(), job.department(), job.fileName(), job.format(), job.state(), job.rows(),
                job.accepted(), job.duplicates(), job.invalid(), problems, job.problemsLeftOut(), failure,
                job.startedAt(), job.finishedAt());
    }
}
