package cn.baiyun.hte.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/**
 * A multipart upload written byte for byte, as a browser sends it: the fields, then the file last (in
 * the part {@code file} unless told otherwise). The file name travels RFC 5987-encoded, so that names
 * with quotes or line breaks reach the server intact.
 */
public final class UploadRequest {

    private static final String BOUNDARY = "----evidence-test-boundary";
    private static final DefaultDataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final String filename;
    private final Flux<DataBuffer> content;
    private String filePart = "file";

    private UploadRequest(String filename, Flux<DataBuffer> content) {
        this.filename = filename;
        this.content = content;
    }

    public static UploadRequest file(String filename, byte[] content) {
        return new UploadRequest(filename, Flux.defer(() -> Flux.just(BUFFERS.wrap(content.clone()))));
    }

    public static UploadRequest streamed(String filename, Flux<DataBuffer> content) {
        return new UploadRequest(filename, content);
    }

    public UploadRequest field(String name, Object value) {
        fields.put(name, String.valueOf(value));
        return this;
    }

    public UploadRequest forFiling(String kind, int fiscalYear) {
        return field("kind", kind).field("fiscalYear", fiscalYear);
    }

    public UploadRequest forIpAsset(String kind, String ipAssetId) {
        return field("kind", kind).field("ipAssetId", ipAssetId);
    }

    /** Sends the file in the part of this name rather than {@code file}. */
    public UploadRequest inPart(String name) {
        filePart = name;
        return this;
    }

    public WebTestClient.RequestHeadersSpec<?> postTo(WebTestClient.RequestBodySpec request) {
        return request.contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY))
                .body(BodyInserters.fromDataBuffers(body()));
    }

    public Flux<DataBuffer> body() {
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(filePart).append("\"; filename*=UTF-8''")
                .append(URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20")).append("\r\n")
                .append("Content-Type: application/pdf\r\n\r\n");
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        return Flux.concat(Flux.just(utf8(head.toString())), content, Flux.defer(() -> Flux.just(utf8(tail))));
    }

    private static DataBuffer utf8(String text) {
        return BUFFERS.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
