package cn.baiyun.hte.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.baiyun.hte.load.LoadBenchmarkIdentityProvider.Account;
import cn.baiyun.hte.load.LoadBenchmarkLoad.Caller;
import cn.baiyun.hte.load.LoadBenchmarkLoad.Result;
import cn.baiyun.hte.support.ExternalMongo;

/**
 * The portal under load, as the packaged application runs it: starts the jar in a process of its own
 * (the production image's JVM options with a 512 MB heap, embedded in-memory database with the demo data) against a
 * stand-in Keycloak ({@link LoadBenchmarkIdentityProvider}), then warms every load and measures each, in one run:
 * a JWT-validated no-op (before and after the read) and the firm-scoped read {@code GET /api/v1/enterprises/{id}} at 64 connections, and
 * the signed-in feedback page and filing task list at 16 users, with the session commands per page view;
 * before that the start-up time and the idle resident memory. Prints the figures; asserts nothing. Run
 * through the Maven profile {@code load-benchmark} (see docs/benchmarks.md, section "Load").
 * <p>
 * Arguments: the application jar, the directory of the compiled benchmark classes (for the application's
 * benchmark-only endpoints, {@code cn.baiyun.loadbenchmark}), a working directory for the log and recordings.
 * System properties: {@code load.warmup} and {@code load.duration} (ISO durations, each load's warm-up, all
 * warm-ups before the first measurement, and each measurement), {@code load.app-jvm-args} (the application's JVM options), {@code load.jfr} ({@code true}, or the
 * path of a JFR settings file: a recording of each measured load and its hottest frames), {@code load.sign-ups}
 * ({@code false} leaves out the roadshow sign-ups; {@code only} runs nothing else after start-up, for work on the
 * sign-up alone), {@code load.sign-ups.warmup} (a number of the firms that first sign up, unmeasured, for another
 * event with a tenth as many seats; default 0), {@code load.ready-wait} (how long start-up may take, default
 * {@code PT10M}), {@code load.db} ({@code embedded}, the default: the embedded in-memory database inside the
 * application's process, as the run command has it; {@code external}: the same server in a process of its own,
 * {@link ExternalMongo}, as a real MongoDB would be, so that the application's processor time and heap are its
 * own and the database's processor time is counted apart), {@code load.db-heap} (that process's heap, default
 * {@code 2g}).
 */
public final class LoadBenchmark {

    /**
     * The JVM options of the production image (backend/Dockerfile's entrypoint) for a 512 MB heap: the Serial
     * collector, a small initial heap given back eagerly. Memory and start-up are judged with what production runs.
     */
    static final String PRODUCTION_JVM_ARGS = "-Xmx512m -Xms48m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10"
            + " -XX:MaxHeapFreeRatio=30 -XX:+ExitOnOutOfMemoryError";
    static final int API_CONNECTIONS = 64;
    static final int PAGE_USERS = 16;
    static final Account FIRM_A = new Account("00000000-0000-4000-8000-000000000011", "firm-a", "李明", "enterprise");
    private static final String EXTRA_PACKAGE = "cn/baiyun/loadbenchmark";
    private static final Pattern ENTERPRISE_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{24})\"");
    private static final Pattern FISCAL_YEAR = Pattern.compile("\"fiscalYear\"\\s*:\\s*(\\d{4})");
    private static final Pattern COMMAND_COUNT = Pattern.compile("\"([\\w.$-]+)\"\\s*:\\s*(\\d+)");

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[2]));
        Path extra = copyExtra(Path.of(args[1]), work.resolve("app-extra"));
        Duration warmup = Duration.parse(System.getProperty("load.warmup", "PT20S"));
        Duration duration = Duration.parse(System.getProperty("load.duration", "PT20S"));
        String jfrSetting = System.getProperty("load.jfr", "false");
        String jfr = jfrSetting.equals("false") ? null : jfrSetting.equals("true") ? "profile" : jfrSetting;
        List<String> jvmArgs = Arrays.asList(System.getProperty("load.app-jvm-args", PRODUCTION_JVM_ARGS).trim().split("\\s+"));
        String signUpSetting = System.getProperty("load.sign-ups", "true");
        boolean signUps = !signUpSetting.equals("false");
        boolean onlySignUps = signUpSetting.equals("only");
        boolean externalDatabase = System.getProperty("load.db", "embedded").equals("external");
        List<String> out = new ArrayList<>();

        try (LoadBenchmarkIdentityProvider keycloak = LoadBenchmarkIdentityProvider.start();
             ExternalMongo database = externalDatabase ? ExternalMongo.start(System.getProperty("load.db-heap", "2g")) : null) {
            int port = freePort();
            String base = "http://127.0.0.1:" + port;
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(jvmArgs);
            command.addAll(List.of("-Dloader.path=" + extra, "-cp", jar.toString(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher",
                    "--spring.main.sources=cn.baiyun.loadbenchmark.LoadBenchmarkEndpoints",
                    "--server.port=" + port, "--server.address=127.0.0.1",
                    "--hte.keycloak.url=" + keycloak.url(), "--hte.demo-data.enabled=true"));
            command.addAll(database != null ? List.of("--spring.mongodb.uri=" + database.uri("hte"))
                    : List.of("--hte.mongodb.embedded.enabled=true", "--hte.mongodb.embedded.backend=memory"));
            Path log = work.resolve("application.log");
            out.add("Load benchmark, " + Instant.now() + "; machine: " + Runtime.getRuntime().availableProcessors()
                    + " cores, Java " + System.getProperty("java.version"));
            out.add("application: " + String.join(" ", jvmArgs) + " (log: " + log + ")");
            out.add("database: " + (database != null ? database.description() : "embedded, in memory, in the application's process"));
            long launched = System.nanoTime();
            Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
                awaitReady(http, base, app);
                double startup = (System.nanoTime() - launched) / 1e9;
                out.add(String.format("start-up: %.1f s to ready (%s)", startup, startedLine(log)));
                Thread.sleep(10_000);
                out.add(String.format("idle resident memory 10 s after start-up with the demo data: %d MB",
                        residentKb(app.pid()) >> 10));
                printAndKeep(out);

                String bearer = "Bearer " + keycloak.accessToken(FIRM_A);
                var measure = new Measure(new LoadBenchmarkLoad(base, API_CONNECTIONS), app.pid(), work, jfr, warmup,
                        duration, () -> databaseCommands(http, base, bearer), () -> figures(http, base, bearer, "process"),
                        database == null ? () -> 0.0 : () -> (double) database.cpuTime().toMillis());
                if (!onlySignUps) {
                    apiAndPages(http, base, keycloak, bearer, measure, out);
                }
                if (signUps) {
                    out.addAll(new LoadBenchmarkSignUps(base, keycloak, API_CONNECTIONS, app.pid(),
                            () -> databaseCommands(http, base, bearer), measure.recorder("sign-ups")).run());
                    printAndKeep(out);
                }
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
        Files.write(work.resolve("figures.txt"), out);
        System.exit(0);
    }

    /** The API and page loads: the no-op, the firm-scoped read, the two signed-in pages. */
    private static void apiAndPages(HttpClient http, String base, LoadBenchmarkIdentityProvider keycloak,
                                    String bearer, Measure measure, List<String> out) throws Exception {
        String enterprise = first(ENTERPRISE_ID, get(http, base + "/api/v1/enterprises", bearer));
        String year = first(FISCAL_YEAR, get(http, base + "/api/v1/enterprises/" + enterprise + "/filings", bearer));
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < PAGE_USERS; i++) {
            cookies.add(signIn(http, base, keycloak, FIRM_A));
        }
        // Each signed-in session shows both pages (twice, so a session that did not survive its first page shows).
        for (String page : List.of("/firms/" + enterprise + "/feedback", "/firms/" + enterprise + "/filings/" + year,
                "/firms/" + enterprise + "/feedback")) {
            HttpResponse<String> shown = http.send(HttpRequest.newBuilder(URI.create(base + page))
                    .header("Cookie", cookies.get(0)).build(), HttpResponse.BodyHandlers.ofString());
            if (shown.statusCode() != 200) {
                throw new IllegalStateException(page + " answered " + shown.statusCode() + " "
                        + shown.headers().map() + " with " + cookies.get(0));
            }
        }

        Function<String, List<Caller>> api = path -> List.of(new Caller(path, "Authorization", bearer));
        Function<String, List<Caller>> pages = path -> cookies.stream()
                .map(cookie -> new Caller(path, "Cookie", cookie)).toList();

        List<Caller> noOpCallers = api.apply("/api/v1/load-benchmark/no-op");
        List<Caller> readCallers = api.apply("/api/v1/enterprises/" + enterprise);
        var pageLoads = List.of(Map.entry("feedback page", pages.apply("/firms/" + enterprise + "/feedback")),
                Map.entry("filing task list", pages.apply("/firms/" + enterprise + "/filings/" + year)));
        // Every load is warmed before any is measured: the first one measured used to pay for code the
        // JIT had not compiled yet (the no-op's p99 was three times the read's in the same run).
        measure.warm(noOpCallers, API_CONNECTIONS);
        measure.warm(readCallers, API_CONNECTIONS);
        for (var page : pageLoads) {
            measure.warm(page.getValue(), PAGE_USERS);
        }

        Measured noOp = measure.run("no-op", noOpCallers, API_CONNECTIONS);
        Measured read = measure.run("api-read", readCallers, API_CONNECTIONS);
        // The no-op again after the read: the two no-op figures show how far the machine moved meanwhile.
        Measured noOpAgain = measure.run("no-op-again", noOpCallers, API_CONNECTIONS);
        out.add(line("JWT-validated no-op, " + API_CONNECTIONS + " connections", noOp));
        out.add(line("firm-scoped GET /api/v1/enterprises/{id}, " + API_CONNECTIONS + " connections", read));
        out.add(line("JWT-validated no-op again, after the read", noOpAgain));
        out.add(String.format("API read / no-op throughput: %.0f%% of the no-op before it, %.0f%% of the one after"
                        + " (target at least 50%%, p99 under 50 ms)",
                100 * read.result().perSecond() / noOp.result().perSecond(),
                100 * read.result().perSecond() / noOpAgain.result().perSecond()));
        printAndKeep(out);

        for (var page : pageLoads) {
            Measured measured = measure.run(page.getKey().replace(' ', '-'), page.getValue(), PAGE_USERS);
            out.add(line(page.getKey() + ", " + PAGE_USERS + " signed-in users", measured)
                    .replace("req/s", "pages/s"));
            out.add(String.format("  session document reads %.2f and writes %.2f per page view",
                    measured.perRequest("sessions.find"), measured.perRequest("sessions.update")
                            + measured.perRequest("sessions.insert") + measured.perRequest("sessions.findAndModify")
                            + measured.perRequest("sessions.delete")));
        }
        out.add("targets: pages at least 300/s with p99 under 100 ms; no session write for a page view"
                + " that changed nothing");
        printAndKeep(out);
    }

    /**
     * A measured load with what the application did meanwhile: its processor time and database commands (by
     * collection and command) over the measurement, and the requests answered in it.
     */
    record Measured(Result result, double cpuMillis, Map<String, Long> commands, long requests, double loadAverage,
                    Map<String, Long> process, double databaseCpuMillis) {

        /** Commands of this kind ({@code sessions.find}) per request. */
        double perRequest(String command) {
            return (double) commands.getOrDefault(command, 0L) / requests;
        }

        double commandsPerRequest() {
            return (double) commands.values().stream().mapToLong(Long::longValue).sum() / requests;
        }
    }

    /** Starts and stops a JFR recording of the application around a measurement (its hottest frames printed). */
    interface Recorder {
        void start() throws Exception;

        void stop() throws Exception;
    }

    /** Warms loads and measures them, with the application's processor time over each measurement. */
    private static final class Measure {
        private final LoadBenchmarkLoad load;
        private final long pid;
        private final Path work;
        private final String jfr;
        private final Duration warmup;
        private final Duration duration;
        private final Callable<Map<String, Long>> commands;
        private final Callable<Map<String, Long>> process;
        private final Supplier<Double> databaseCpuMillis;

        Measure(LoadBenchmarkLoad load, long pid, Path work, String jfr, Duration warmup, Duration duration,
                Callable<Map<String, Long>> commands, Callable<Map<String, Long>> process,
                Supplier<Double> databaseCpuMillis) {
            this.commands = commands;
            this.process = process;
            this.databaseCpuMillis = databaseCpuMillis;
            this.load = load;
            this.pid = pid;
            this.work = work;
            this.jfr = jfr;
            this.warmup = warmup;
            this.duration = duration;
        }

        /** Sends the load for the warm-up time, unmeasured. */
        void warm(List<Caller> callers, int users) {
            load.run(callers, users, warmup);
        }

        /** Measures a load already warmed: its answers, the application's processor time and database commands. */
        Measured run(String name, List<Caller> callers, int users) throws Exception {
            Map<String, Long> before = commands.call();
            Map<String, Long> processBefore = process.call();
            Recorder recorder = recorder(name);
            recorder.start();
            double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long cpuBefore = cpuMillis(pid);
            double databaseCpuBefore = databaseCpuMillis.get();
            Result result = load.run(callers, users, duration);
            double cpu = cpuMillis(pid) - cpuBefore;
            double databaseCpu = databaseCpuMillis.get() - databaseCpuBefore;
            Map<String, Long> delta = difference(before, commands.call());
            Map<String, Long> processDelta = difference(processBefore, process.call());
            recorder.stop();
            return new Measured(result, cpu, delta, result.answered(), loadAverage, processDelta, databaseCpu);
        }

        private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
            Map<String, Long> delta = new java.util.TreeMap<>();
            after.forEach((name, count) -> delta.put(name, count - before.getOrDefault(name, 0L)));
            delta.values().removeIf(count -> count == 0);
            return delta;
        }

        /** A JFR recording of the application named for a load, which does nothing without {@code load.jfr}. */
        Recorder recorder(String name) {
            Path recording = work.resolve(name + ".jfr");
            return new Recorder() {
                @Override
                public void start() throws Exception {
                    if (jfr != null) {
                        jcmd("JFR.start", "name=" + name, "settings=" + jfr, "filename=" + recording);
                    }
                }

                @Override
                public void stop() throws Exception {
                    if (jfr != null) {
                        jcmd("JFR.stop", "name=" + name);
                        LoadBenchmarkProfile.summary(recording, 20)
                                .forEach(line -> System.out.println("[load-profile] " + line));
                    }
                }
            };
        }

        private void jcmd(String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
            command.addAll(List.of(arguments));
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        }
    }

    private static String line(String what, Measured measured) {
        Result result = measured.result();
        Map<String, Long> process = measured.process();
        String collections = process.entrySet().stream().filter(entry -> entry.getKey().startsWith("gc."))
                .map(entry -> entry.getKey().substring(3) + " " + entry.getValue())
                .collect(Collectors.joining(", ", "collections: ", ""));
        return String.format("%s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.0f ms; %d answers, %d errors;"
                        + " %.2f ms application CPU%s, %.1f KB allocated and %.2f database commands per request %s;"
                        + " %s; load average %.1f",
                what, result.perSecond(), result.millis(50), result.millis(99), result.millis(100),
                result.answered(), result.errors(), measured.cpuMillis() / result.answered(),
                measured.databaseCpuMillis() > 0
                        ? String.format(" (+ %.2f ms in the database's process)", measured.databaseCpuMillis() / result.answered())
                        : "",
                process.getOrDefault("allocatedBytes", 0L) / 1024.0 / result.answered(),
                measured.commandsPerRequest(), measured.commands(), collections, measured.loadAverage());
    }

    private static void printAndKeep(List<String> lines) {
        lines.stream().skip(printed).forEach(line -> System.out.println("[load-benchmark] " + line));
        printed = lines.size();
    }

    private static int printed;

    /**
     * Signs in through the portal's own authorization-code flow: the portal's redirect to "Keycloak" is
     * answered with a code bound to its nonce, the callback then exchanges it at the stand-in's token endpoint.
     * Returns the session cookie the portal set.
     */
    static String signIn(HttpClient http, String base, LoadBenchmarkIdentityProvider keycloak, Account account)
            throws IOException, InterruptedException {
        CookieManager jar = new CookieManager();
        HttpResponse<Void> start = send(http, jar, base + "/oauth2/authorization/portal-web");
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        if (authorize.getRawQuery() == null) {
            throw new IllegalStateException("The portal did not send the sign-in to the stand-in Keycloak but to "
                    + authorize + " (see the application's log)");
        }
        Map<String, String> query = Arrays.stream(authorize.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        String callback = query.get("redirect_uri") + "?code="
                + URLEncoder.encode(keycloak.code(account, query.get("nonce")), StandardCharsets.UTF_8)
                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        HttpResponse<Void> done = send(http, jar, callback);
        if (done.statusCode() != 302 || done.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + done.statusCode() + " " + done.headers().map());
        }
        // Like a browser, follow the callback's redirect: the portal changes the session id again on that first page.
        send(http, jar, base + done.headers().firstValue("Location").orElseThrow());
        return jar.getCookieStore().getCookies().stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
    }

    private static HttpResponse<Void> send(HttpClient http, CookieManager jar, String url)
            throws IOException, InterruptedException {
        URI uri = URI.create(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        String cookies = jar.getCookieStore().getCookies().stream().map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        jar.put(uri, response.headers().map());
        return response;
    }

    private static String get(HttpClient http, String url, String bearer) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static Map<String, Long> databaseCommands(HttpClient http, String base, String bearer)
            throws IOException, InterruptedException {
        return figures(http, base, bearer, "database-commands");
    }

    /** One of the benchmark-only endpoints' maps of counts ({@code database-commands}, {@code process}). */
    private static Map<String, Long> figures(HttpClient http, String base, String bearer, String which)
            throws IOException, InterruptedException {
        Matcher counts = COMMAND_COUNT.matcher(get(http, base + "/api/v1/load-benchmark/" + which, bearer));
        Map<String, Long> commands = new java.util.TreeMap<>();
        while (counts.find()) {
            commands.put(counts.group(1), Long.parseLong(counts.group(2)));
        }
        return commands;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("nothing like " + pattern + " in " + text);
        }
        return matcher.group(1);
    }

    private static void awaitReady(HttpClient http, String base, Process app) throws Exception {
        // Minutes on a machine other builds share; seconds on a quiet one.
        long deadline = System.nanoTime() + Duration.parse(System.getProperty("load.ready-wait", "PT10M")).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped; see its log");
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the application was not ready within " + System.getProperty("load.ready-wait", "PT10M"));
    }

    private static String startedLine(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("Started ")).map(line -> line.substring(line.indexOf("Started ")))
                    .findFirst().orElse("no 'Started' line in the log");
        }
    }

    /** The benchmark-only endpoints, alone in a directory for the launcher's {@code loader.path}. */
    private static Path copyExtra(Path classes, Path target) throws IOException {
        Path from = classes.resolve(EXTRA_PACKAGE);
        Path to = Files.createDirectories(target.resolve(EXTRA_PACKAGE));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private static long residentKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElse(-1);
    }

    /** User plus system time of a process, from /proc (clock ticks of 10 ms). */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
