package cn.baiyun.hte.platform.error;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.webjars.WebJarVersionLocator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before any handler runs, sent as raw bytes to the real server: by the HTTP decoder
 * (request line or headers too long, no HTTP at all) and by the security firewall (paths that could
 * disguise another path). Each answers problem+json, not an empty body. And a client that hangs up
 * mid-answer is no error in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class UnreadableRequestsTest {

    @LocalServerPort
    int port;

    @Test
    void aRequestLineOverTheLimitIs414ProblemJson() throws IOException {
        String answer = send("GET /api/v1/enterprises?namePrefix=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 414 ");
        assertProblem(answer, "uri-too-long", 414);
        assertThat(answer).contains("\"title\":\"请求地址过长\"");
    }

    @Test
    void aRequestLineOverThePortalsLimitIsAnsweredInTheReadersLanguage() throws IOException {
        String query = "namePrefix=" + "a".repeat(5000);
        String byParameter = send("GET /api/v1/enterprises?lang=en&" + query + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        String byHeader = send("GET /api/v1/enterprises?" + query + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept-Language: en-GB,en;q=0.9\r\n\r\n");
        String byCookie = send("GET /enterprises?" + query + " HTTP/1.1\r\nHost: localhost\r\nCookie: hte_lang=en\r\n\r\n");
        String chinese = send("GET /api/v1/enterprises?" + query + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept-Language: zh-CN\r\n\r\n");

        assertInEnglish(List.of(byParameter, byHeader, byCookie), "uri-too-long", 414, "Address too long");
        assertThat(chinese).startsWith("HTTP/1.1 414 ").contains("\"title\":\"请求地址过长\"");
    }

    @Test
    void headersOverThePortalsLimitAreAnsweredInTheReadersLanguage() throws IOException {
        String big = "X-Padding: " + "b".repeat(9000) + "\r\n";
        String byCookie = send("GET /enterprises HTTP/1.1\r\nHost: localhost\r\nCookie: hte_lang=en\r\n" + big + "\r\n");
        String byHeader = send("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\n" + big + "Accept-Language: en\r\n\r\n");
        String chinese = send("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\n" + big + "Accept-Language: zh-CN,zh\r\n\r\n");

        assertInEnglish(List.of(byCookie, byHeader), "headers-too-large", 431, "Request headers too large");
        assertThat(chinese).startsWith("HTTP/1.1 431 ").doesNotContain("Request headers too large");
    }

    @Test
    void headersBeyondWhatTheDecoderReadsAreStillAnsweredInTheLanguageOfWhatItRead() throws IOException {
        String huge = "X-Padding: " + "b".repeat(40_000) + "\r\n";
        String english = send("GET /api/v1/me?lang=en HTTP/1.1\r\nHost: localhost\r\n" + huge + "\r\n");
        String byCookie = send("GET /enterprises HTTP/1.1\r\nCookie: hte_lang=en\r\nHost: localhost\r\n" + huge + "\r\n");

        assertThat(english).startsWith("HTTP/1.1 431 ").contains("\"title\":\"Request headers too large\"");
        assertThat(byCookie).startsWith("HTTP/1.1 431 ").contains("\"title\":\"Request headers too large\"");
    }

    @Test
    void headersOverTheLimitAre431ProblemJson() throws IOException {
        String answer = send("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nCookie: a=" + "b".repeat(9000)
                + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 431 ");
        assertProblem(answer, "headers-too-large", 431);
    }

    @Test
    void aRequestThatIsNoHttpIs400ProblemJson() throws IOException {
        String answer = send("GET / HTTP/9.x\r\nHost: localhost\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ");
        assertProblem(answer, "malformed-request", 400);
    }

    @Test
    void pathsTheFirewallRefusesAre400ProblemJsonInTheReadersLanguage() throws IOException {
        for (String path : new String[] {"//api/v1/me", "/api/v1/%2e%2e/me", "/api/v1/me%00", "/api/v1/%2F/me",
                "/api/v1/./me", "/enterprises;jsessionid=1", "/%252e%252e/etc/passwd"}) {
            String answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: hte_lang=en\r\n\r\n");

            assertThat(answer).as(path).startsWith("HTTP/1.1 400 ");
            assertProblem(answer, "malformed-request", 400);
            assertThat(answer).contains("\"title\":\"Malformed request\"");
        }
        String byHeader = send("GET /api/v1/me%00 HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n\r\n");
        String chinese = send("GET /api/v1/me%00 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(byHeader).startsWith("HTTP/1.1 400 ").contains("\"title\":\"Malformed request\"");
        assertThat(chinese).startsWith("HTTP/1.1 400 ").doesNotContain("Malformed request");
        assertProblem(chinese, "malformed-request", 400);
    }

    @Test
    void headerValuesTheFirewallRefusesAre400ProblemJsonAndPrintableOnesReachTheTokenCheck() throws IOException {
        // U+0085 (sent as UTF-8, read by the server as the Latin-1 characters C2 85): a C1 control character,
        // which the HTTP decoder lets through as obs-text and the firewall refuses once the token is read.
        String control = send("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer abc\u0085def\r\n\r\n");
        assertThat(control).startsWith("HTTP/1.1 400 ");
        assertProblem(control, "malformed-request", 400);
        // U+00A0 is printable: past the firewall, and refused as a malformed bearer token.
        String notToken = send("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer abc\u00a0def\r\n\r\n");
        assertThat(notToken).startsWith("HTTP/1.1 401 ")
                .containsIgnoringCase("www-authenticate: Bearer error=\"invalid_token\"");
        assertProblem(notToken, "unauthorized", 401);
    }

    @Test
    void clientsThatHangUpMidAnswerAreNoErrorInTheLog(CapturedOutput output) throws Exception {
        // A webjar file is read out of its jar (in the packaged jar every static file is): a hang-up used to close
        // the jar entry's stream mid-read and break the read of another file of that jar, a 500 with a stack trace.
        // It is a race: bursts of parallel hang-ups at varying offsets, until an error shows or enough have passed
        // (before the fix the first burst or two showed it).
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            for (int burst = 0; burst < 10 && !output.toString().contains(" ERROR "); burst++) {
                List<Future<?>> hangUps = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    int bytes = 64 + i * 4096;
                    hangUps.add(clients.submit(() -> hangUpAfter("/webjars/echarts/dist/echarts.min.js", bytes)));
                }
                for (Future<?> hangUp : hangUps) {
                    hangUp.get(30, TimeUnit.SECONDS);
                }
                Thread.sleep(200);
            }
        } finally {
            clients.shutdownNow();
        }
        hangUpAfter("/css/portal.css", 64);
        Thread.sleep(1000);

        assertThat(output.toString()).doesNotContain(" ERROR ", "ZipException", "AbortedException", "Connection reset");
        String whole = send("GET /webjars/echarts/dist/echarts.min.js HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(whole).startsWith("HTTP/1.1 200 ");
        String file = new ClassPathResource(new WebJarVersionLocator().fullPath("echarts", "dist/echarts.min.js"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(whole).endsWith("\r\n\r\n" + file);
    }

    /** Reads the first bytes of the answer (an answer that stalls fails), then resets the connection. */
    private Void hangUpAfter(String path, int bytes) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(15_000);
            socket.getInputStream().readNBytes(bytes);
            socket.setSoLinger(true, 0);
        }
        return null;
    }

    /** Each answer is the problem in English, and the connection is closed after it, as after the decoder's own. */
    private static void assertInEnglish(List<String> answers, String type, int status, String title) {
        for (String english : answers) {
            assertThat(english).startsWith("HTTP/1.1 " + status + " ").contains("\"title\":\"" + title + "\"")
                    .containsIgnoringCase("connection: close");
            assertProblem(english, type, status);
        }
    }

    private static void assertProblem(String answer, String type, int status) {
        assertThat(answer).containsIgnoringCase("content-type: application/problem+json")
                .contains("\"type\":\"urn:hte:problem:" + type + "\"", "\"status\":" + status);
    }

    /** The whole answer, read until the server closes the connection or has sent a complete body. */
    private String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                answer.write(buffer, 0, read);
                String text = answer.toString(StandardCharsets.UTF_8);
                int bodyStart = text.indexOf("\r\n\r\n");
                int length = contentLength(text);
                if (bodyStart >= 0 && length >= 0
                        && answer.size() - (text.substring(0, bodyStart + 4).getBytes(StandardCharsets.UTF_8).length) >= length) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static int contentLength(String answer) {
        for (String line : answer.split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        return -1;
    }
}
