package cn.baiyun.hte.platform.error;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

import org.springframework.web.util.DisconnectedClientHelper;
import reactor.netty.channel.AbortedException;

/**
 * Whether a failure only says that the client went away mid-request (closed its connection, timed out on its
 * side, a load test stopping): nothing is wrong with the portal and nobody is left to answer, so it is logged at
 * DEBUG without a stack trace. Spring's own test ({@link DisconnectedClientHelper}) misses some of the forms
 * Reactor Netty reports it in on the way (a closed channel, a reset named without "by peer"), and is asked first.
 */
public final class ClientGone {

    /** How deep a chain of causes is followed; real chains are a handful long, a cycle would be endless. */
    private static final int MAX_CAUSES = 16;

    private ClientGone() {
    }

    public static boolean explains(Throwable error) {
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            return true;
        }
        int depth = 0;
        for (Throwable cause = error; cause != null && depth++ < MAX_CAUSES; cause = cause.getCause()) {
            if (cause instanceof AbortedException || cause instanceof ClosedChannelException
                    || cause.getClass().getSimpleName().equals("PrematureCloseException")
                    || cause instanceof IOException && closedByPeer(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean closedByPeer(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("connection reset") || lower.contains("broken pipe")
                || lower.contains("connection has been closed") || lower.contains("connection prematurely closed");
    }
}
