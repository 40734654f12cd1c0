package cn.baiyun.hte.platform.upload;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Everything the portal learns about an uploaded file while it streams through, one buffer at a time:
 * its size (refused the moment it passes the limit), its SHA-256 and its type (from the first bytes, and
 * for an Office file from the entry names that stream past), and then, once it is stored, whether its
 * whole structure is sound ({@link #verified}). One per upload; the buffers of a request arrive one after
 * another, never concurrently.
 */
public final class UploadInspection {

    /**
     * How long the structure check of one file may take. The checks are linear in the file's size (at most
     * the upload limit) and take well under a second for real files; a file crafted to keep a parser busy
     * is refused when this passes ({@code document.file.too-complex}) rather than hold a worker.
     */
    static final Duration CHECK_TIME = Duration.ofSeconds(15);

    private final long maxBytes;
    private final Duration checkTime;
    private final String field;
    private final MessageDigest sha256;
    private final ContentSniffer sniffer = new ContentSniffer();
    private long size;
    private Inspected result;

    /** @param field the form field (and API part) of the file, which the problems name */
    public UploadInspection(long maxBytes, String field) {
        this(maxBytes, field, CHECK_TIME);
    }

    UploadInspection(long maxBytes, String field, Duration checkTime) {
        this.maxBytes = maxBytes;
        this.checkTime = checkTime;
        this.field = field;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The content as it goes on to storage: inspected buffer by buffer, and failed at its end if it is
     * empty or of no accepted type, so that storage never completes for a refused file.
     */
    public Flux<DataBuffer> inspected(Flux<DataBuffer> content) {
        return content.map(this::inspect).concatWith(Mono.fromRunnable(this::finish));
    }

    /**
     * Inspects and passes on the bytes of one buffer. The request's buffer is released here and a heap
     * copy goes on to storage, which would otherwise never release pooled network buffers.
     */
    DataBuffer inspect(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.read(bytes);
        DataBufferUtils.release(buffer);
        size += bytes.length;
        if (size > maxBytes) {
            throw PortalException.tooLarge("document.file.too-large", maxBytes / (1024 * 1024));
        }
        if (!sniffer.accept(bytes, 0, bytes.length)) {
            throw wrongType();
        }
        if (sniffer.unsafe()) {
            throw unsafe();
        }
        sha256.update(bytes);
        return DefaultDataBufferFactory.sharedInstance.wrap(bytes);
    }

    /**
     * What the whole file turned out to be; a validation problem if it is empty or not an accepted type.
     * Asked once to refuse the content before storage completes, and again for the answer.
     */
    public Inspected finish() {
        if (result != null) {
            return result;
        }
        if (size == 0) {
            throw PortalException.invalid(new FieldProblem(field, "document.file.empty"));
        }
        FileType type = sniffer.verdict();
        if (type == null) {
            throw wrongType();
        }
        result = new Inspected(type, size, HexFormat.of().formatHex(sha256.digest()));
        return result;
    }

    /**
     * Checks the whole structure of the stored content ({@link FileStructure}) once streaming has passed:
     * the content is read back into a temporary file (which parsers need, and which a ZIP's central
     * directory at the end needs) and parsed on a worker thread, never on the event loop. The parse is
     * bounded by {@link #CHECK_TIME} twice: the check itself stops at that deadline where it walks many
     * parts (so the worker is freed), and the answer does not wait longer than that plus a grace second for
     * a parser that never reaches such a point (the worker is then interrupted).
     */
    Mono<Inspected> verified(Flux<DataBuffer> stored) {
        Inspected inspected = finish();
        return Mono.usingWhen(
                        Mono.fromCallable(() -> Files.createTempFile(UploadTempFiles.PREFIX, "." + inspected.type().extension()))
                                .subscribeOn(Schedulers.boundedElastic()),
                        file -> DataBufferUtils.write(stored, file).subscribeOn(Schedulers.boundedElastic())
                                .then(Mono.fromCallable(() -> FileStructure.of(inspected.type(), file,
                                                System.nanoTime() + checkTime.toNanos()))
                                        .subscribeOn(Schedulers.boundedElastic())
                                        .timeout(checkTime.plusSeconds(1))
                                        .onErrorReturn(TimeoutException.class, FileStructure.Verdict.TOO_COMPLEX)),
                        file -> Mono.fromCallable(() -> Files.deleteIfExists(file)).subscribeOn(Schedulers.boundedElastic()))
                .flatMap(verdict -> verdict == FileStructure.Verdict.SOUND ? Mono.just(inspected)
                        : Mono.error(PortalException.invalid(new FieldProblem(field, verdict.problemCode()))));
    }

    private PortalException unsafe() {
        return PortalException.invalid(new FieldProblem(field, FileStructure.Verdict.UNSAFE.problemCode()));
    }

    private PortalException wrongType() {
        return PortalException.invalid(new FieldProblem(field, FileStructure.Verdict.NOT_THE_TYPE.problemCode()));
    }

    /** What an accepted file turned out to be. */
    public record Inspected(FileType type, long size, String sha256) {
    }
}
