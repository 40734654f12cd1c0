package cn.baiyun.hte.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * A closed-loop load: each of {@code users} clients sends its next request as soon as the previous one was
 * answered (body read), over a pool of as many keep-alive connections, for a fixed time. Latencies go to an
 * HdrHistogram (microseconds, 3 significant digits); any answer other than 200 counts as an error.
 */
final class LoadBenchmarkLoad {

    /** One client's request: its path and the header that identifies it (Authorization or Cookie). */
    record Caller(String path, String header, String value) {
    }

    record Result(long answered, long errors, double seconds, Histogram latencyMicros) {

        double perSecond() {
            return answered / seconds;
        }

        double millis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private final HttpClient client;

    LoadBenchmarkLoad(String baseUrl, int maxConnections) {
        ConnectionProvider connections = ConnectionProvider.builder("load-benchmark")
                .maxConnections(maxConnections)
                .pendingAcquireMaxCount(-1)
                .build();
        this.client = HttpClient.create(connections).baseUrl(baseUrl);
    }

    Result run(List<Caller> callers, int users, Duration duration) {
        Histogram latency = new ConcurrentHistogram(60_000_000L, 3);
        AtomicLong answered = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        Flux.range(0, users)
                .flatMap(user -> once(callers.get(user % callers.size()), latency, answered, errors)
                        .repeat(() -> System.nanoTime() < end), users)
                .blockLast(duration.plusMinutes(1));
        return new Result(answered.get(), errors.get(), (System.nanoTime() - start) / 1e9, latency);
    }

    private Mono<Integer> once(Caller caller, Histogram latency, AtomicLong answered, AtomicLong errors) {
        return Mono.defer(() -> {
            long sent = System.nanoTime();
            return client.headers(headers -> headers.set(caller.header(), caller.value()))
                    .get().uri(caller.path())
                    .responseSingle((response, body) -> body.asByteArray().thenReturn(response.status().code()))
                    .onErrorReturn(-1)
                    .doOnNext(status -> {
                        latency.recordValue(Math.min((System.nanoTime() - sent) / 1000, 60_000_000L));
                        answered.incrementAndGet();
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    });
        });
    }
}
