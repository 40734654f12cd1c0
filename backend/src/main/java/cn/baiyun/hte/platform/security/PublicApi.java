package cn.baiyun.hte.platform.security;

import java.util.Arrays;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The API reads anyone may make without a token: what the bureau publishes (announcements, policies and their
 * PDFs) and published roadshows (the services hide drafts). One list for the security chain that lets them
 * through and for the contract that marks them public.
 */
public final class PublicApi {

    /** GET only. */
    static final String[] READS = {"/api/v1/announcements", "/api/v1/announcements/*", "/api/v1/policies",
            "/api/v1/policies/*", "/api/v1/policies/*/document", "/api/v1/roadshows", "/api/v1/roadshows/{id}",
            "/api/v1/roadshows/{id}/seats", "/api/v1/roadshows/{id}/calendar.ics"};

    private PublicApi() {
    }

    /** Whether a GET of this path (or path template, such as {@code /api/v1/policies/{id}}) is public. */
    public static boolean isPublicRead(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return Arrays.stream(READS).anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(container));
    }
}
