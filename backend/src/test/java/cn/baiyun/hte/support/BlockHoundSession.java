package cn.baiyun.hte.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import reactor.blockhound.BlockHound;

/**
 * Installs BlockHound once for the whole test run, so that any blocking call on a Reactor or Netty
 * event-loop thread fails the test that caused it.
 */
public class BlockHoundSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        BlockHound.builder()
                // The embedded database is a stand-in for a MongoDB server in another process; its own
                // Netty threads are not the application's event loops.
                .allowBlockingCallsInside("de.bwaldvogel.mongo.wire.MongoDatabaseHandler", "channelRead0")
                .install();
    }
}
