package cn.baiyun.hte.referral;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One bulk import of a department's list of firms, updated as its rows are processed so that a page can
 * show its progress: counts by outcome, and the rows that were not imported with what was wrong (the first
 * {@link #MAX_PROBLEMS} of them; the rest are only counted, so that a list of ten thousand bad rows cannot
 * outgrow a document). Accepted rows need no entry: they are the department's referrals.
 *
 * @param fileName       the client's file name, cleaned for display
 * @param rows           rows read so far, the heading row and empty rows not counted
 * @param problemsLeftOut rows not imported beyond those kept in {@code problems}
 * @param failure        why the import stopped before the end (message key), e.g. an unreadable file
 * @param heartbeatAt    when the process importing it last showed it is still at work (at the start and after
 *                       every batch); a running import whose heartbeat stopped lost its process
 *                       ({@link InterruptedImports})
 */
@Document("referralImports")
@CompoundIndex(name = "by_department", def = "{'department': 1, 'startedAt': -1}")
@CompoundIndex(name = "running", def = "{'state': 1, 'heartbeatAt': 1}")
public record ReferralImport(@Id String id, String department, String startedBy, String fileName, Format format,
                             State state, long rows, long accepted, long duplicates, long invalid,
                             List<RowProblem> problems, long problemsLeftOut, String failure, Instant startedAt,
                             Instant finishedAt, Instant heartbeatAt) {

    static final int MAX_PROBLEMS = 1000;

    public enum Format { CSV, XLSX }

    public enum State { RUNNING, FINISHED, FAILED }

    public enum Outcome { DUPLICATE, INVALID }

    /**
     * A row that was not imported.
     *
     * @param row        the row's number in the file, the heading being row 1
     * @param column     the column at fault, {@code A} to {@code D}
     * @param field      the field of that column: {@code uscc}, {@code firmName}, {@code note} or {@code contact}
     * @param messageKey what was wrong, with its {@code args}
     */
    public record RowProblem(long row, Outcome outcome, String uscc, String column, String field, String messageKey,
                             List<Object> args) {
    }

    static ReferralImport started(String department, String startedBy, String fileName, Format format, Instant now) {
        return new ReferralImport(null, department, startedBy, fileName, format, State.RUNNING, 0, 0, 0, 0, List.of(),
                0, null, now, null, now);
    }

    public List<RowProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
