package cn.baiyun.hte.platform.upload;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.web.FormErrors;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads an upload form as a stream of multipart events, so that the file is handed on buffer by buffer
 * as it arrives and never collected in memory or in a temporary file. The fields come first and the
 * file last (browsers send them in the order of the form): the fields are known, and checked, before
 * the first byte of the file is stored. Parts after the file are not read. A form whose file input was
 * left empty arrives without a file: the handler gets the fields, no file name and no content.
 */
public final class MultipartUpload {

    private MultipartUpload() {
    }

    /** The form's text fields as typed (the first value of each), and the client's name of the file. */
    public record Form(Map<String, String> fields, String filename) {

        public String field(String name) {
            return fields.get(name);
        }

        public boolean hasFile() {
            return filename != null;
        }
    }

    /** Mistakes the reader can fix on an upload form: those of any form, and a file over the size limit. */
    public static boolean shownOnForm(Throwable error) {
        return FormErrors.shownOnForm(error)
                || error instanceof PortalException portal && portal.type() == ProblemType.PAYLOAD_TOO_LARGE;
    }

    /**
     * @param filePart the name of the part that carries the file
     * @param store    takes the form and the file's content; its answer is the answer, so it must not be empty
     */
    public static <T> Mono<T> read(Flux<PartEvent> events, String filePart,
                                   BiFunction<Form, Flux<DataBuffer>, Mono<T>> store) {
        Map<String, String> fields = new HashMap<>();
        // A prefetch of one: by default the window operator would queue up to 256 network buffers ahead.
        return events.windowUntil(PartEvent::isLast, false, 1)
                .concatMap(part -> part.switchOnFirst((first, all) -> {
                    PartEvent event = first.get();
                    if (event instanceof FilePartEvent file && filePart.equals(file.name()) && file.filename() != null
                            && !file.filename().isBlank()) {
                        return store.apply(new Form(Map.copyOf(fields), file.filename()), all.map(PartEvent::content))
                                .flux();
                    }
                    if (event instanceof FormPartEvent form) {
                        fields.putIfAbsent(form.name(), form.value());
                    }
                    return all.doOnNext(e -> DataBufferUtils.release(e.content())).then(Mono.<T>empty());
                }))
                .next()
                .switchIfEmpty(Mono.defer(() -> store.apply(new Form(Map.copyOf(fields), null), Flux.empty())));
    }
}
