package cn.baiyun.hte.load;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.load.LoadBenchmarkIdentityProvider.Account;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The roadshow scenario: a thousand firms, each through its own member's real JWT, sign up over HTTP for one
 * published roadshow of a hundred seats, as many at a time as there are connections (each connection sends
 * its next sign-up as soon as the previous one is answered, like the other loads); prints the sign-ups'
 * latencies and the outcomes, which must be exactly a hundred confirmed and the rest waitlisted, none refused,
 * and what each sign-up cost the application: its processor time and its database commands (by collection and
 * command), the figures to judge a change by on a machine too busy for its latencies to mean anything.
 * The firms are claimed and approved through the API beforehand, outside the measurement.
 */
final class LoadBenchmarkSignUps {

    static final int FIRMS = 1000;
    static final int SEATS = 100;
    static final Account REVIEWER = new Account("00000000-0000-4000-8000-000000000001", "reviewer", "王审核", "reviewer");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{24})\"");
    private static final Pattern ENTERPRISE_ID = Pattern.compile("\"enterpriseId\"\\s*:\\s*\"([0-9a-f]{24})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final HttpClient client;
    private final LoadBenchmarkIdentityProvider keycloak;
    private final int connections;
    private final long pid;
    private final Callable<Map<String, Long>> commands;
    private final LoadBenchmark.Recorder recorder;

    /**
     * @param pid      the application's process, whose processor time the sign-ups are charged
     * @param commands the application's database commands so far, by collection and command
     * @param recorder a JFR recording of the sign-ups alone (with {@code load.jfr})
     */
    LoadBenchmarkSignUps(String baseUrl, LoadBenchmarkIdentityProvider keycloak, int connections, long pid,
                         Callable<Map<String, Long>> commands, LoadBenchmark.Recorder recorder) {
        this.client = HttpClient.create(ConnectionProvider.builder("sign-ups").maxConnections(connections)
                .pendingAcquireMaxCount(-1).build()).baseUrl(baseUrl);
        this.keycloak = keycloak;
        this.connections = connections;
        this.pid = pid;
        this.commands = commands;
        this.recorder = recorder;
    }

    /** Prepares the event and the firms, fires the sign-ups, and answers the lines to print. */
    List<String> run() throws Exception {
        String reviewer = "Bearer " + keycloak.accessToken(REVIEWER);
        String event = published(reviewer, SEATS);
        long preparing = System.nanoTime();
        List<String[]> firms = Flux.range(0, FIRMS)
                .flatMap(i -> firm(i, reviewer), 16)
                .collectList().block(Duration.ofMinutes(10));
        double prepared = (System.nanoTime() - preparing) / 1e9;
        List<String> lines = new ArrayList<>();
        int warmup = Math.min(FIRMS, Integer.getInteger("load.sign-ups.warmup", 0));
        if (warmup > 0) {
            // The sign-up's own code compiled before it is measured, as the other loads' warm-ups do for theirs.
            Fired warm = fire(published(reviewer, Math.max(1, warmup / 10)), firms.subList(0, warmup));
            lines.add(String.format("roadshow sign-ups warm-up: %d firms for another event in %.2f s, outcomes %s",
                    warmup, warm.seconds(), warm.outcomes()));
        }

        Map<String, Long> commandsBefore = commands.call();
        recorder.start();
        long cpuBefore = LoadBenchmark.cpuMillis(pid);
        Fired fired = fire(event, firms);
        double cpuMillis = LoadBenchmark.cpuMillis(pid) - cpuBefore;
        recorder.stop();
        Map<String, Long> made = new TreeMap<>();
        commands.call().forEach((command, count) -> made.put(command, count - commandsBefore.getOrDefault(command, 0L)));
        made.values().removeIf(count -> count == 0);
        Histogram latency = fired.latency();
        lines.add(String.format("roadshow sign-ups: %d firms for %d seats over %d connections in %.2f s (%.0f/s): "
                        + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 under 200 ms)", FIRMS, SEATS,
                connections, fired.seconds(), FIRMS / fired.seconds(), latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(90) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                latency.getMaxValue() / 1000.0));
        lines.add("  outcomes " + fired.outcomes() + " (must be CONFIRMED=" + SEATS + ", WAITLISTED=" + (FIRMS - SEATS)
                + "); " + FIRMS + " firms claimed and approved beforehand in " + String.format("%.1f s", prepared));
        lines.add(String.format("  per sign-up %.2f ms application CPU and %.2f database commands %s (the scheduled"
                        + " work meanwhile included)", cpuMillis / FIRMS,
                made.values().stream().mapToLong(Long::longValue).sum() / (double) FIRMS, made));
        return lines;
    }

    /** What firing a round of sign-ups gave: their latencies, outcomes by status, and how long the round took. */
    private record Fired(Histogram latency, Map<String, Integer> outcomes, double seconds) {
    }

    /** A roadshow created and published by the reviewer, with this many seats: its id. */
    private String published(String reviewer, int seats) {
        String event = first(ID, post("/api/v1/roadshows", reviewer, roadshow(seats)).block());
        post("/api/v1/roadshows/" + event + "/publish", reviewer, "").block();
        return event;
    }

    /** Each firm signs up for the event, as many at a time as there are connections. */
    private Fired fire(String event, List<String[]> firms) {
        Histogram latency = new ConcurrentHistogram(60_000_000L, 3);
        Map<String, Integer> outcomes = new TreeMap<>();
        long start = System.nanoTime();
        Flux.fromIterable(firms)
                .flatMap(firm -> Mono.defer(() -> {
                    long sent = System.nanoTime();
                    return post("/api/v1/roadshows/" + event + "/registrations", firm[1], registration(firm[0]))
                            .map(LoadBenchmarkSignUps::statusOf)
                            .onErrorReturn("ERROR")
                            .doOnNext(status -> {
                                latency.recordValue(Math.min((System.nanoTime() - sent) / 1000, 60_000_000L));
                                synchronized (outcomes) {
                                    outcomes.merge(status, 1, Integer::sum);
                                }
                            });
                }), connections)
                .blockLast(Duration.ofMinutes(5));
        return new Fired(latency, outcomes, (System.nanoTime() - start) / 1e9);
    }

    /** A firm with one approved member: its id and the member's bearer header. */
    private Mono<String[]> firm(int number, String reviewer) {
        Account member = new Account(UUID.randomUUID().toString(), "signup-" + number, "报名企业" + number, "enterprise");
        String bearer = "Bearer " + keycloak.accessToken(member);
        String claim = "{\"uscc\":\"" + uscc() + "\",\"name\":\"路演压测企业" + number + "\"}";
        return post("/api/v1/claims", bearer, claim)
                .flatMap(created -> post("/api/v1/claims/" + first(ID, created) + "/approval", reviewer, ""))
                .map(approved -> new String[] {first(ENTERPRISE_ID, approved), bearer});
    }

    private Mono<String> post(String path, String bearer, String json) {
        return client.headers(headers -> headers.set(HttpHeaderNames.AUTHORIZATION, bearer)
                        .set(HttpHeaderNames.CONTENT_TYPE, "application/json"))
                .post().uri(path).send(ByteBufFlux.fromString(Mono.just(json)))
                .responseSingle((response, body) -> body.asString().defaultIfEmpty("").map(text -> {
                    if (response.status().code() >= 300) {
                        throw new IllegalStateException(path + " answered " + response.status() + ": " + text);
                    }
                    return text;
                }));
    }

    private static String roadshow(int seats) {
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).withNano(0);
        return """
                {"kind":"ROADSHOW","titleZh":"压测路演","descriptionZh":"一千家企业同时报名一百个名额。",
                "startsAt":"%s","endsAt":"%s","venue":"白云区科技创新中心","capacity":%d,
                "registrationOpensAt":"%s","registrationClosesAt":"%s","approvalRequired":false,"attendeesPerFirm":2}"""
                .formatted(now.plusDays(3), now.plusDays(3).plusHours(2), seats, now.minusHours(1), now.plusDays(2));
    }

    private static String registration(String enterpriseId) {
        return """
                {"enterpriseId":"%s","projectName":"智能巡检机器人","summary":"用于电力巡检的机器人。",
                "financingSought":5000000,"stage":"SERIES_A","useOfFunds":"研发与市场拓展",
                "attendees":[{"name":"张三","role":"总经理","mobile":"13800138000"}],"consentToShareContacts":true}"""
                .formatted(enterpriseId);
    }

    private static String statusOf(String body) {
        Matcher status = STATUS.matcher(body);
        return status.find() ? status.group(1) : "ERROR";
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " in " + text);
        }
        return matcher.group(1);
    }

    private static String uscc() {
        StringBuilder prefix = new StringBuilder("91520113");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            prefix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return UnifiedSocialCreditCode.withCheckCharacter(prefix.toString()).value();
    }
}
