package cn.baiyun.hte.platform.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.baiyun.hte.platform.fuzz.ContractOperations.Operation;
import cn.baiyun.hte.platform.fuzz.ContractOperations.Parameter;
import cn.baiyun.hte.platform.fuzz.Malformations.Malformed;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the served contract, called with malformed bodies, path and query values and headers
 * by every kind of caller, over a few kept-alive connections to the real server. Each answer must come in
 * time, must not be a server error, and an error must be problem+json; since every request is malformed,
 * no stored document may change. Deterministic: the seed ({@code -Dfuzz.seed}, 11 by default) decides which
 * requests are sent and by whom; a failure lists each kind once with its count and first example.
 */
@PortalServerTest
class ContractFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 11L);
    private static final int MUTATIONS_PER_OPERATION = 20;
    private static final int CALLERS_PER_REQUEST = 2;
    private static final int CONNECTIONS = 4;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(Long.getLong("fuzz.timeout", 15));
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    enum Caller { ANONYMOUS, FIRM_A, FIRM_B, REVIEWER, DEPARTMENT, ADMIN, CLIENT }

    @LocalServerPort
    int port;
    @Autowired
    TestFirms firms;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    Clock clock;

    /**
     * Written whatever the requests are: the clients' request counts (what the rate limit is for) and the leases
     * the scheduled work takes meanwhile.
     */
    private static final Set<String> BOOKKEEPING = Set.of("rateLimitWindows", "leases");

    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final Map<Caller, String> ownFirm = new EnumMap<>(Caller.class);
    private final FailureReport failures = new FailureReport();
    private final AtomicInteger accepted = new AtomicInteger();

    /** One request as one caller. */
    private record Call(Operation operation, Malformed request, Caller caller) {
    }

    @Test
    @Timeout(600)
    void malformedRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
        List<Operation> operations = ContractOperations.read(apiDocs());
        assertThat(operations).hasSizeGreaterThan(40);
        callers();
        List<Call> calls = calls(operations);

        DatabaseSnapshot before = DatabaseSnapshot.of(mongo);
        long started = System.nanoTime();
        send(calls);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        DatabaseSnapshot after = DatabaseSnapshot.of(mongo);

        System.out.printf("Contract fuzz (seed %d): %d requests over %d operations in %d s, %d answered 2xx%n%s%n",
                SEED, calls.size(), operations.size(), took.toSeconds(), accepted.get(),
                failures.isEmpty() ? "no failures" : failures);
        assertThat(calls).hasSizeGreaterThan(2000);
        Map<String, String> changes = after.changesSince(before);
        changes.keySet().removeAll(BOOKKEEPING);
        assertThat(changes).as("collections changed by malformed requests").isEmpty();
        assertThat(failures.isEmpty()).as("%s", failures).isTrue();
    }

    private void callers() {
        Principals firmA = Principals.firmUser("fuzz-a");
        Principals firmB = Principals.firmUser("fuzz-b");
        ownFirm.put(Caller.FIRM_A, firms.approvedFirm(firmA, "模糊测试甲公司"));
        ownFirm.put(Caller.FIRM_B, firms.approvedFirm(firmB, "模糊测试乙公司"));
        tokens.put(Caller.FIRM_A, ServerTokens.of(firmA));
        tokens.put(Caller.FIRM_B, ServerTokens.of(firmB));
        tokens.put(Caller.REVIEWER, ServerTokens.of(Principals.reviewer()));
        tokens.put(Caller.DEPARTMENT, ServerTokens.of(Principals.department("工信局")));
        tokens.put(Caller.ADMIN, ServerTokens.of(Principals.admin()));
        tokens.put(Caller.CLIENT, ServerTokens.of(Principals.integrationClient("enterprises:read", "filings:read")));
    }

    /** For each operation a seeded sample of its malformed requests, each sent by a seeded pick of callers. */
    private List<Call> calls(List<Operation> operations) {
        Random random = new Random(SEED);
        List<Call> calls = new ArrayList<>();
        for (Operation operation : operations) {
            List<Malformed> requests = new ArrayList<>(Malformations.of(operation));
            Collections.shuffle(requests, random);
            for (Malformed request : requests.subList(0, Math.min(MUTATIONS_PER_OPERATION, requests.size()))) {
                List<Caller> callers = new ArrayList<>(List.of(Caller.values()));
                Collections.shuffle(callers, random);
                callers.subList(0, CALLERS_PER_REQUEST).forEach(caller -> calls.add(new Call(operation, request, caller)));
            }
        }
        Collections.shuffle(calls, random);
        return calls;
    }

    /** The calls spread over a few kept-alive connections, one thread each. */
    private void send(List<Call> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int worker = 0; worker < CONNECTIONS; worker++) {
                List<Call> share = new ArrayList<>();
                for (int i = worker; i < calls.size(); i += CONNECTIONS) {
                    share.add(calls.get(i));
                }
                workers.add(pool.submit(() -> {
                    sendOnOneConnection(share);
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void sendOnOneConnection(List<Call> calls) throws IOException {
        RawConnection connection = null;
        Call previous = null;
        for (Call call : calls) {
            boolean reused = connection != null;
            if (connection == null) {
                connection = new RawConnection(port, ANSWER_WITHIN);
            }
            try {
                RawConnection.Response answer = exchange(connection, call);
                if (answer == null && reused) {
                    // The server may close an idle kept-alive connection just as a request is sent: a client
                    // retries once on a fresh one.
                    connection.close();
                    connection = new RawConnection(port, ANSWER_WITHIN);
                    answer = exchange(connection, call);
                }
                if (answer == null) {
                    failures.add(call.operation().toString(), "connection closed without an answer", example(call, null));
                    connection.close();
                    connection = null;
                    continue;
                }
                check(call, answer);
                if (answer.closes()) {
                    connection.close();
                    connection = null;
                }
                previous = call;
            } catch (SocketTimeoutException hang) {
                failures.add(call.operation().toString(), "no answer within " + ANSWER_WITHIN.toSeconds() + " s",
                        example(call, null) + (reused ? ", after " + previous.operation() + " " + example(previous, null) : ""));
                connection.close();
                connection = null;
            }
        }
        if (connection != null) {
            connection.close();
        }
    }

    /** The answer, or null when the connection was closed before one came. */
    private RawConnection.Response exchange(RawConnection connection, Call call) throws IOException {
        try {
            connection.send(bytes(call));
            return connection.read();
        } catch (EOFException | SocketException closed) {
            return null;
        }
    }

    private void check(Call call, RawConnection.Response answer) {
        String type = String.valueOf(answer.header("content-type"));
        if (answer.status() >= 500) {
            failures.add(call.operation().toString(), "status " + answer.status(), example(call, answer));
        } else if (answer.status() >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(call.operation().toString(), "status " + answer.status() + " as " + type + ", not problem+json",
                    example(call, answer));
        } else if (answer.status() < 300) {
            accepted.incrementAndGet();
        }
    }

    private byte[] bytes(Call call) {
        StringBuilder head = new StringBuilder()
                .append(call.request().method()).append(' ').append(target(call)).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\n");
        String token = tokens.get(call.caller());
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        call.request().headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] body = call.request().body();
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            bytes.writeBytes(body);
        }
        return bytes.toByteArray();
    }

    /** The request's path with the path values it left valid filled in for this caller. */
    private String target(Call call) {
        Matcher variables = PATH_VARIABLE.matcher(call.request().pathTemplate());
        StringBuilder target = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(target, Matcher.quoteReplacement(validValue(call, variables.group(1))));
        }
        return variables.appendTail(target).toString();
    }

    private String validValue(Call call, String name) {
        if (name.equals("enterpriseId")) {
            return ownFirm.getOrDefault(call.caller(), ownFirm.get(Caller.FIRM_A));
        }
        boolean number = call.operation().in("path").stream().filter(p -> p.name().equals(name)).map(Parameter::schema)
                .anyMatch(schema -> schema.path("type").asString("").equals("integer"));
        return number ? String.valueOf(LocalDate.now(clock).getYear() - 1) : Malformations.UNKNOWN_ID;
    }

    private String example(Call call, RawConnection.Response answer) {
        String said = answer == null ? "" : " → " + answer.status() + " " + shorten(answer.bodyText());
        return call.caller() + ": " + call.request().what() + said;
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 240 ? oneLine.substring(0, 240) + "…" : oneLine;
    }

    private String apiDocs() throws IOException {
        try (RawConnection connection = new RawConnection(port, Duration.ofSeconds(60))) {
            RawConnection.Response docs = connection.send("GET /v3/api-docs HTTP/1.1\r\nHost: localhost\r\n\r\n").read();
            assertThat(docs.status()).isEqualTo(200);
            return docs.bodyText();
        }
    }
}
