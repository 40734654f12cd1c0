package cn.baiyun.hte.filing.evidence;

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
 * attachment under its cleaned display name (RFC 6266 with an RFC 5987 UTF-8 name), and never to be
 * sniffed into another type by the browser.
 */
final class DocumentDownload {

    private DocumentDownload() {
    }

    static ResponseEntity<Flux<DataBuffer>> of(EvidenceDocument document, Flux<DataBuffer> content) {
        DocumentMetadata m = document.metadata();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(m.contentType()));
        headers.setContentLength(document.length());
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(DisplayName.of(m.originalName()), StandardCharsets.UTF_8).build());
        headers.setETag("\"" + m.sha256() + "\"");
        headers.set("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(m.sha256())) + ":");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(CacheControl.noCache().cachePrivate());
        return ResponseEntity.ok().headers(headers).body(content);
    }
}
