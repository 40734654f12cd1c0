package cn.baiyun.hte.referral;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.LogText;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.upload.DisplayName;
import cn.baiyun.hte.platform.upload.UploadProperties;
import cn.baiyun.hte.platform.web.InputText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Imports a department's list of firms (CSV or XLSX, one row per firm: code, name, reason, contact), each row
 * as the single referral it stands for, with the same rules: a row in error changes nothing (it is checked
 * before anything is written; a firm the department referred already is a duplicate), the others are
 * imported. The upload is copied to a temporary file while it arrives (limited like every upload) and then
 * read row by row in the background, so that the request answers at once with the import job, whose document
 * records the progress batch by batch for the page and the API to show.
 *
 * <p>The rows are read by a blocking parser (POI's SAX reader pushes rows, a CSV reader pulls characters) on the
 * bounded-elastic scheduler; each batch of {@value #BATCH} rows is referred reactively and waited for there
 * before the next is read, which holds at most one batch in memory, whatever the file's length. Every batch
 * beats the job's heartbeat; an import that a restart cut off stops beating and is then shown failed with that
 * reason ({@link InterruptedImports}). Its rows imported so far are kept, and importing the same list again
 * reports those as duplicates.
 */
@Service
public class ReferralImports {

    static final int BATCH = 100;
    /** Imports a department sees listed on the import page. */
    static final int RECENT = 10;
    /** A temporary copy of the upload, swept with the structure checks' copies if a crash leaves it. */
    private static final Pattern LIST_FILE = Pattern.compile("\\.(csv|xlsx)$", Pattern.CASE_INSENSITIVE);
    private static final String TEMP_PREFIX = "hte-upload-referrals-";
    /** The longest a batch may take; an import's heartbeat goes stale only well after it ({@link InterruptedImports}). */
    static final Duration BATCH_TIMEOUT = Duration.ofMinutes(5);
    private static final int HEAD = 4096;
    private static final Logger log = LoggerFactory.getLogger(ReferralImports.class);

    private final ReferralService referrals;
    private final ReactiveMongoTemplate mongo;
    private final UploadProperties limits;
    private final Clock clock;

    ReferralImports(ReferralService referrals, ReactiveMongoTemplate mongo, UploadProperties limits, Clock clock) {
        this.referrals = referrals;
        this.mongo = mongo;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Stores the list and starts its import for the caller's department; the answer is the job as started
     * (its rows follow in the background). No file, an empty one, one over the upload limit, or one that is
     * neither CSV text nor an XLSX workbook is refused here and starts nothing.
     */
    public Mono<ReferralImport> start(PortalUser user, String clientName, Flux<DataBuffer> content) {
        return Mono.fromCallable(() -> ReferralAccess.referringDepartment(user)).flatMap(department -> {
            if (clientName == null) {
                return Mono.error(PortalException.invalid(new FieldProblem("file", "referral.import.file.missing")));
            }
            // A list is a .csv or .xlsx file; a PDF or anything else named so is refused before it becomes a job.
            if (!LIST_FILE.matcher(clientName).find()) {
                return Mono.error(PortalException.invalid(new FieldProblem("file", "referral.import.file.type")));
            }
            return Mono.fromCallable(() -> Files.createTempFile(TEMP_PREFIX, ".list"))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(file -> DataBufferUtils.write(limited(content), file)
                            .then(formatOf(file))
                            .flatMap(format -> mongo.insert(ReferralImport.started(department, user.id(),
                                    DisplayName.of(clientName), format, Instant.now(clock))))
                            .doOnNext(job -> run(job, user, file))
                            .onErrorResume(error -> delete(file).then(Mono.error(error))));
        });
    }

    /** An import the caller may read: their own department's, or any for reviewers; 404 otherwise. */
    public Mono<ReferralImport> find(PortalUser user, String importId) {
        return Mono.fromCallable(() -> ReferralAccess.readableDepartment(user, null))
                .flatMap(department -> mongo.findById(importId, ReferralImport.class)
                        .filter(job -> department.map(job.department()::equals).orElse(true)))
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /** The latest imports the caller may read, newest first. */
    Flux<ReferralImport> recent(PortalUser user) {
        return Mono.fromCallable(() -> ReferralAccess.readableDepartment(user, null))
                .flatMapMany(department -> mongo.find(Query.query(department
                                .map(d -> Criteria.where("department").is(d)).orElseGet(Criteria::new))
                        .with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(RECENT), ReferralImport.class));
    }

    private Flux<DataBuffer> limited(Flux<DataBuffer> content) {
        AtomicLong size = new AtomicLong();
        return content.<DataBuffer>handle((buffer, sink) -> {
            if (size.addAndGet(buffer.readableByteCount()) > limits.maxBytes()) {
                DataBufferUtils.release(buffer);
                sink.error(PortalException.tooLarge("document.file.too-large", limits.maxMegabytes()));
            } else {
                sink.next(buffer);
            }
        }).concatWith(Mono.defer(() -> size.get() == 0
                ? Mono.error(PortalException.invalid(new FieldProblem("file", "document.file.empty")))
                : Mono.empty()));
    }

    /** XLSX for a ZIP container; CSV for text, which holds no NUL byte (any binary file does, early on). */
    private static Mono<ReferralImport.Format> formatOf(Path file) {
        return Mono.fromCallable(() -> {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD);
            }
            ReferralImport.Format format = ImportRows.formatOf(head);
            for (byte b : head) {
                if (b == 0 && format == ReferralImport.Format.CSV) {
                    throw PortalException.invalid(new FieldProblem("file", "referral.import.file.type"));
                }
            }
            return format;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** Imports the rows in the background, then records how the import ended and removes the copy. */
    private void run(ReferralImport job, PortalUser user, Path file) {
        Mono.fromCallable(() -> {
                    Batches batches = new Batches(job, user);
                    ImportRows.read(file, job.format(), batches::row);
                    batches.flush();
                    return ReferralImport.State.FINISHED;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(state -> finish(job, state, null))
                .onErrorResume(error -> {
                    log.warn("Referral import {} stopped before its end", job.id(), LogText.encoded(error));
                    return finish(job, ReferralImport.State.FAILED, failureKey(error));
                })
                .then(delete(file))
                .subscribe(null, error -> log.error("Referral import {} could not record its end", job.id(),
                        LogText.encoded(error)));
    }

    private static String failureKey(Throwable error) {
        if (error instanceof CharacterCodingException) {
            return "referral.import.file.encoding";
        }
        return error instanceof IOException ? "referral.import.file.unreadable" : "referral.import.failed";
    }

    private Mono<Void> finish(ReferralImport job, ReferralImport.State state, String failure) {
        Update update = new Update().set("state", state).set("finishedAt", Instant.now(clock));
        if (failure != null) {
            update.set("failure", failure);
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(job.id())), update, ReferralImport.class).then();
    }

    private static Mono<Void> delete(Path file) {
        return Mono.fromCallable(() -> Files.deleteIfExists(file)).subscribeOn(Schedulers.boundedElastic()).then();
    }

    /** One row as read. */
    private record Row(long number, List<String> cells) {
    }

    /**
     * Collects the rows as the parser reads them and imports them a batch at a time, on the parser's
     * (bounded-elastic) thread, which waits for each batch: the parser reads no further meanwhile.
     */
    private final class Batches {

        private final ReferralImport job;
        private final PortalUser user;
        private final List<Row> batch = new ArrayList<>(BATCH);
        private long problemsKept;

        Batches(ReferralImport job, PortalUser user) {
            this.job = job;
            this.user = user;
        }

        /** Takes a row; the heading (row 1) and rows without any text are no firms. */
        void row(long number, List<String> cells) {
            if (number == 1 || cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                return;
            }
            batch.add(new Row(number, cells));
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Row> rows = List.copyOf(batch);
            batch.clear();
            Flux.fromIterable(rows).concatMap(this::problemOf).collectList()
                    .flatMap(problems -> record(rows.size(), problems))
                    .block(BATCH_TIMEOUT);
        }

        /** What was wrong with the row, or nothing once it is referred. */
        private Mono<Optional<ReferralImport.RowProblem>> problemOf(Row row) {
            ReferralRequest request = ImportColumn.request(row.cells());
            ReferralRules.Checked checked;
            try {
                checkCharacters(row.cells());
                checked = ReferralRules.check(request);
            } catch (PortalException invalid) {
                FieldProblem first = invalid.fieldProblems().get(0);
                ImportColumn column = ImportColumn.ofField(first.field());
                return Mono.just(Optional.of(new ReferralImport.RowProblem(row.number(), ReferralImport.Outcome.INVALID,
                        ReferralRules.strip(request.uscc()), column.letter(), column.field(), first.messageKey(),
                        Arrays.asList(first.args()))));
            }
            return referrals.refer(user, job.department(), checked)
                    .map(referred -> Optional.<ReferralImport.RowProblem>empty())
                    .onErrorResume(error -> error instanceof PortalException conflict
                                    && conflict.type() == ProblemType.CONFLICT,
                            duplicate -> Mono.just(Optional.of(new ReferralImport.RowProblem(row.number(),
                                    ReferralImport.Outcome.DUPLICATE, checked.uscc().value(), ImportColumn.USCC.letter(),
                                    ImportColumn.USCC.field(), "referral.import.duplicate", List.of()))));
        }

        private static void checkCharacters(List<String> cells) {
            for (ImportColumn column : ImportColumn.values()) {
                if (column.ordinal() < cells.size() && !InputText.acceptable(cells.get(column.ordinal()))) {
                    throw PortalException.invalid(new FieldProblem(column.field(), InputText.CONTROL_CHARACTER_KEY));
                }
            }
        }

        /** Adds a batch's outcomes to the job's counts, keeping the first problems and counting the rest. */
        private Mono<Void> record(int rows, List<Optional<ReferralImport.RowProblem>> outcomes) {
            List<ReferralImport.RowProblem> problems = outcomes.stream().flatMap(Optional::stream).toList();
            long duplicates = problems.stream().filter(p -> p.outcome() == ReferralImport.Outcome.DUPLICATE).count();
            int room = (int) Math.max(0, ReferralImport.MAX_PROBLEMS - problemsKept);
            List<ReferralImport.RowProblem> kept = problems.subList(0, Math.min(room, problems.size()));
            problemsKept += kept.size();
            Update update = new Update().set("heartbeatAt", Instant.now(clock)).inc("rows", rows).inc("accepted", rows - problems.size())
                    .inc("duplicates", duplicates).inc("invalid", problems.size() - duplicates)
                    .inc("problemsLeftOut", problems.size() - kept.size());
            if (!kept.isEmpty()) {
                update.push("problems").each(kept.toArray());
            }
            return mongo.updateFirst(Query.query(Criteria.where("_id").is(job.id())), update, ReferralImport.class)
                    .then();
        }
    }
}
