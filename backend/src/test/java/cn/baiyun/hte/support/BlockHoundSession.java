package cn.baiyun.hte.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import reactor.blockhound.BlockHound;

/**
 * Installs BlockHound once for the whole test run, so that any blocking call on a Reactor or Netty
 * event-loop thread fails the test that caused it.
 */
public class BlockHoundSession implements LauncherSessionListener {

    private static final String EMBEDDED_DATABASE_THREADS = "mongo-server-";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // install(...) also loads the integrations on the class path (Reactor's, Netty's); builder() would not.
        BlockHound.install(builder -> builder
                // The embedded database stands in for a MongoDB server in another process: its Netty
                // threads are not the application's event loops, and it may lock and wait on them.
                .nonBlockingThreadPredicate(nonBlocking -> nonBlocking.and(
                        thread -> !thread.getName().startsWith(EMBEDDED_DATABASE_THREADS)))
                // Session ids and CSRF tokens come from SecureRandom, which reads /dev/urandom: a file read
                // that never waits for entropy on Linux.
                .allowBlockingCallsInside("java.util.UUID", "randomUUID")
                .allowBlockingCallsInside("java.security.SecureRandom", "nextBytes")
                // The MongoDB driver guards its in-memory connection-pool queue with a lock held for a
                // few instructions; no I/O happens under it.
                .allowBlockingCallsInside("com.mongodb.internal.Locks", "checkedWithLock")
                // The same kind of in-memory lock guards the driver's cluster clock, met when many reads
                // complete at once (an assessment run).
                .allowBlockingCallsInside("com.mongodb.internal.Locks", "checkedWithInterruptibleLock")
                // Netty's adaptive buffer allocator takes a short internal lock while it adds a magazine
                // under contention (seen with many concurrent database reads); no I/O happens under it.
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines")
                // Spring Data's mapping context learns a record type on its first use under a read-write
                // lock held only while the type's metadata is built in memory; readers that meet a writer
                // wait those microseconds. Seen when many first-time types are read at once (the demo seed).
                .allowBlockingCallsInside("org.springframework.data.mapping.context.AbstractMappingContext",
                        "getPersistentEntity")
                .allowBlockingCallsInside("org.springframework.data.mapping.context.AbstractMappingContext",
                        "hasPersistentEntityFor")
                // Spring Boot's repository metrics resolve their meter registry once, under a lock, on the
                // first repository call; two first calls at once wait those microseconds (seen in a browser test).
                .allowBlockingCallsInside("org.springframework.boot.data.metrics.MetricsRepositoryMethodInvocationListener",
                        "afterInvocation")
                // Jackson builds a type's deserializer once, under a lock held while it is made in memory;
                // two first reads of one type on two event loops wait those microseconds (the contract fuzz
                // test, several connections at once).
                .allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
                        "_createAndCacheValueDeserializer")
                // Some libraries swallow the error in callbacks and leave the request hanging instead:
                // print every finding so that a hang is traceable to its blocking call.
                .blockingMethodCallback(method -> {
                    var error = new reactor.blockhound.BlockingOperationError(method);
                    error.printStackTrace();
                    throw error;
                }));
    }
}
