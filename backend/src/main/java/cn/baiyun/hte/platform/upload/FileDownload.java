package cn.baiyun.hte.platform.upload;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Flux;

/**
 * The response that streams a stored file: its detected type, its length, its digest, always as an
 * attachment under its cleaned display name with the detected type's extension, never the client's
 * (RFC 6266 with an RFC 5987 UTF-8 name), and never to be sniffed into another type by the browser.
 */
public final class FileDownload {

    private FileDownload() {
    }

    /** @param contentType the type recognised from the content on upload, never the client's claim */
    public static ResponseEntity<Flux<DataBuffer>> of(String contentType, long length, String originalName,
                                                      String sha256, Flux<DataBuffer> content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        headers.setContentLength(length);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(DisplayName.of(originalName, FileType.ofMediaType(contentType)), StandardCharsets.UTF_8).build());
        headers.setETag("\"" + sha256 + "\"");
        headers.set("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(CacheControl.noCache().cachePrivate());
        return ResponseEntity.ok().headers(headers).body(content);
    }
}
