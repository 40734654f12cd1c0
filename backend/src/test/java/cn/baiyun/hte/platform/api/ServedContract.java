package cn.baiyun.hte.platform.api;

import java.time.Duration;

import org.springframework.test.web.reactive.server.WebTestClient;

/** The contract as the application serves it, for the tests that compare it with the code or the committed file. */
public final class ServedContract {

    /** The contract is larger than the request body limit the portal's codecs share with the test client. */
    private static final int CONTRACT_LIMIT = 8 * 1024 * 1024;
    /**
     * Springdoc builds the contract on its first request by scanning every handler; on a loaded machine that takes
     * longer than the client's usual 30 seconds for an API call.
     */
    private static final Duration FIRST_BUILD = Duration.ofMinutes(2);

    private ServedContract() {
    }

    /** {@code /v3/api-docs} (JSON) or {@code /v3/api-docs.yaml}. */
    public static String read(WebTestClient web, String uri) {
        return web.mutate().responseTimeout(FIRST_BUILD)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(CONTRACT_LIMIT)).build()
                .get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
