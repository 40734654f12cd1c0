package cn.baiyun.hte.platform;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's logging (Commons Logging) goes through the Log4j API to Logback (commons-logging.properties): a
 * message is turned into text only when its level is on, and what is written is written as before.
 */
class LoggingAdapterTest {

    private static final String NAME = "cn.baiyun.hte.platform.LoggingAdapterTest.probe";

    private final Logger logback = (Logger) LoggerFactory.getLogger(NAME);
    private final ListAppender<ILoggingEvent> written = new ListAppender<>();
    private final AtomicInteger formatted = new AtomicInteger();
    private final Object message = new Object() {
        @Override
        public String toString() {
            formatted.incrementAndGet();
            return "the security context";
        }
    };

    @AfterEach
    void detach() {
        logback.detachAppender(written);
        logback.setLevel(null);
    }

    @Test
    void aMessageBelowTheLevelIsNeverFormatted() {
        Log log = LogFactory.getLog(NAME);
        logback.setLevel(Level.INFO);

        log.debug(message);
        log.trace(message);

        assertThat(formatted).hasValue(0);
        assertThat(log.isDebugEnabled()).isFalse();
    }

    @Test
    void aMessageAtItsLevelIsWrittenAsBefore() {
        Log log = LogFactory.getLog(NAME);
        written.start();
        logback.addAppender(written);
        logback.setLevel(Level.DEBUG);

        log.debug(message);

        assertThat(formatted).hasValue(1);
        assertThat(written.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("the security context");
        assertThat(written.list.get(0).getLevel()).isEqualTo(Level.DEBUG);
        assertThat(written.list.get(0).getLoggerName()).isEqualTo(NAME);
    }
}
