package cn.baiyun.hte.platform.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/** The version numbers that the API hands out as ETags; {@link IfMatch} reads them back. */
public final class ETags {

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + version + "\"";
    }

    /** A 200 with the body, its version as the ETag for the next If-Match. */
    public static <T> ResponseEntity<T> ok(T body, Long version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /**
     * A 201 for what was just added: Location is {@code path} (one variable, e.g. {@code /api/v1/things/{id}})
     * expanded with {@code value}, the ETag its version.
     */
    public static <T> ResponseEntity<T> created(String path, String value, Long version, T body) {
        URI location = UriComponentsBuilder.fromPath(path).buildAndExpand(value).toUri();
        return ResponseEntity.created(location).eTag(of(version)).body(body);
    }
}
