package cn.baiyun.hte.support.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import cn.baiyun.hte.support.Principals;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the API of an application in another process as an integrating system would: over HTTP, with
 * access tokens from a {@link TokenIssuer}. Answers are returned whatever their status, for the drill to judge.
 */
public final class BearerClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;
    private final TokenIssuer tokens;

    public BearerClient(String base, TokenIssuer tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    /** An answer: its status and its body read as JSON (an empty body reads as a missing node). */
    public record Answer(int status, JsonNode body) {
    }

    public Answer get(Principals caller, String path) {
        return send(request(caller, path).GET());
    }

    /** POSTs {@code body} (any value Jackson writes; null for no body) as JSON. */
    public Answer post(Principals caller, String path, Object body) {
        HttpRequest.BodyPublisher content = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        return send(request(caller, path).header("Content-Type", "application/json").POST(content));
    }

    private HttpRequest.Builder request(Principals caller, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + tokens.accessToken(caller))
                .header("Accept", "application/json");
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = response.body().length == 0 ? JSON.missingNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
