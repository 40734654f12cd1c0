package cn.baiyun.hte.platform.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Hooks;

/**
 * Errors that arrive when nobody listens any more, which Reactor logs as an ERROR with a stack trace: mostly a
 * request body that fails after its request was answered (a multipart body without its end boundary, after the
 * upload was refused for its fields; a body that stopped arriving, after the read timeout closed the connection).
 * Those are the client's doing and already answered or given up: logged at debug. Anything else stays an ERROR.
 */
@Component
class DroppedErrors implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DroppedErrors.class);

    @Override
    public void afterSingletonsInstantiated() {
        Hooks.onErrorDropped(DroppedErrors::dropped);
    }

    static void dropped(Throwable error) {
        if (ProblemFactory.statusOf(error) < 500 || ClientGone.explains(error)) {
            log.debug("Error after the request was answered or given up: {}", LogText.of(error));
        } else {
            log.error("Error after the request was answered or given up", LogText.encoded(error));
        }
    }
}
