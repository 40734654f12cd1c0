package cn.baiyun.hte.enterprise;

import cn.baiyun.hte.platform.upload.MultipartUpload;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;

/**
 * The document sent with a claim, as typed: its kind (the form's {@value #KIND}) and the file (the
 * form's {@value #FILE}, whose {@code filename} is the client's name for it, null when none was sent).
 */
public record ClaimUpload(String kind, String filename, Flux<DataBuffer> content) {

    static final String KIND = "documentKind";
    static final String FILE = "document";
    static final ClaimUpload NONE = new ClaimUpload(null, null, Flux.empty());

    static ClaimUpload of(MultipartUpload.Form form, Flux<DataBuffer> content) {
        return new ClaimUpload(form.field(KIND), form.filename(), content);
    }

    boolean hasFile() {
        return filename != null && !filename.isBlank();
    }
}
