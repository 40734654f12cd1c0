package cn.baiyun.hte.platform.web;

import cn.baiyun.hte.platform.error.PortalException;
import reactor.core.publisher.Mono;

/**
 * The version a write says it is based on, read in one place and checked in one place. Reading never
 * fails: a tag we never issued simply matches no version. The check is the service's, after it has
 * checked the caller's access and read the record, so that a stranger gets the same 404 as for an
 * unknown id and never learns from a 412 that the record exists.
 */
public final class IfMatch {

    private static final String ANY = "*";
    /** What a form that lost its version posts: no record has it, so the write is refused as stale. */
    private static final String NEVER_ISSUED = "";
    private static final IfMatch UNCONDITIONAL = new IfMatch(null, false);

    private final String tag;
    private final boolean required;

    private IfMatch(String tag, boolean required) {
        this.tag = tag;
        this.required = required;
    }

    /** An API request's {@code If-Match} for a resource that may be written without one. */
    public static IfMatch optional(String header) {
        return new IfMatch(header(header), false);
    }

    /** An API request's {@code If-Match} for a resource that is never written blindly: without one, 428. */
    public static IfMatch required(String header) {
        return new IfMatch(header(header), true);
    }

    /**
     * The version a page's form posted (or a caller inside the application read). A form that lost it
     * can only be stale: a page never overwrites blindly, and never asks for a header.
     */
    public static IfMatch of(Object version) {
        String text = version == null ? NEVER_ISSUED : version.toString().strip();
        return new IfMatch(text, true);
    }

    /** No condition, for the application's own writes that need none (demo data). */
    public static IfMatch unconditional() {
        return UNCONDITIONAL;
    }

    /**
     * Empty when a write based on this may replace the record at version {@code current}; otherwise 428
     * (required, not given) or 412 (stale). Call it only once the caller may see the record.
     */
    public Mono<Void> check(Long current) {
        if (tag == null) {
            return required ? Mono.error(PortalException.preconditionRequired()) : Mono.empty();
        }
        return matches(current) ? Mono.empty() : Mono.error(PortalException.staleVersion());
    }

    private boolean matches(Long current) {
        return ANY.equals(tag) || (current != null && tag.equals(String.valueOf(current)));
    }

    /** The version inside a header's entity tag: {@code "3"}, {@code W/"3"} and {@code 3} all name 3. */
    private static String header(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String tag = value.strip();
        return ANY.equals(tag) ? ANY : tag.replaceFirst("^W/", "").replace("\"", "").strip();
    }
}
