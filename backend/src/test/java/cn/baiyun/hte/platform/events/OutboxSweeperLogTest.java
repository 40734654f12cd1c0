package cn.baiyun.hte.platform.events;

import java.time.Clock;
import java.time.Duration;

import cn.baiyun.hte.platform.lease.Leases;
import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** What a failed sweep writes to the log: during a database outage one line each, not a stack trace every time. */
@ExtendWith(OutputCaptureExtension.class)
class OutboxSweeperLogTest {

    private final OutboxSweeper sweeper = new OutboxSweeper(mock(ReactiveMongoTemplate.class), mock(OutboxRelay.class),
            mock(Leases.class), Clock.systemUTC(), Duration.ofSeconds(30));

    @Test
    void aSweepFailedByAnOutageIsOneLine(CapturedOutput output) {
        sweeper.failed(new DataAccessResourceFailureException("Timed out",
                new MongoTimeoutException("Timed out while waiting for a server\r\nforged line")));

        String logged = output.getOut() + output.getErr();
        assertThat(logged).contains("Outbox sweep failed, the database is unavailable", "MongoTimeoutException",
                        "server\\r\\nforged line")
                .doesNotContain("\tat ", "Caused by", "\nforged line");
        assertThat(logged.lines().filter(line -> line.contains("OutboxSweeper"))).hasSize(1);
    }

    @Test
    void anyOtherFailureKeepsItsStackTrace(CapturedOutput output) {
        sweeper.failed(new IllegalStateException("unexpected"));

        assertThat(output.getOut() + output.getErr()).contains("Outbox sweep failed", "IllegalStateException: unexpected",
                "\tat ");
    }
}
