package cn.baiyun.hte.platform.error;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The RFC 9457 problem document the API answers errors with, extended by per-field {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** One invalid field: a JSON-pointer-like path, a stable code and a localized message. */
    public record FieldError(String field, String code, String message) {
    }
}
