package cn.baiyun.hte.support;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Guards the guard: if BlockHound were not installed, the suite would miss blocking calls silently. */
class BlockHoundIsActiveTest {

    @Test
    void blockingOnANonBlockingThreadFails() {
        Mono<Void> sleepOnParallelThread = Mono.fromRunnable(() -> {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).subscribeOn(Schedulers.parallel()).then();

        StepVerifier.create(sleepOnParallelThread)
                .expectErrorMatches(error -> error.getClass().getName().equals("reactor.blockhound.BlockingOperationError"))
                .verify(Duration.ofSeconds(5));
    }
}
