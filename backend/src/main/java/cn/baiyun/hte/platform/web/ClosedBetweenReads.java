package cn.baiyun.hte.platform.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.web.reactive.resource.ResourceResolver;
import org.springframework.web.reactive.resource.ResourceResolverChain;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Static files whose stream is closed between two reads, never during one. WebFlux reads a file that is not a
 * file of the disk (one inside a jar: a webjar, and in the packaged jar every static file) chunk by chunk on a
 * bounded-elastic thread, through {@code Channels.newChannel(stream)}. A client that hangs up cancels that read from
 * the event loop, which closes the stream at once, and Reactor interrupts the reading thread, which makes that
 * interruptible channel close the stream from the interrupting thread too. Closing a jar entry's stream gives its
 * {@code Inflater} back to the jar's pool while the reading thread may still be inflating with it; the next request
 * for a file of that jar takes it from the pool, two streams inflate with one {@code Inflater}, and one of them fails
 * with "invalid stored block lengths" or "invalid distance too far back": often a request nobody cancelled, before
 * its answer started, so a 500 with a stack trace. Here the channel ignores interrupts, and a close asked for during
 * a read is left to the reading thread, when its read returns; nothing waits. A file that is really corrupt still
 * fails its read as before.
 */
final class ClosedBetweenReads implements ResourceResolver {

    @Override
    public Mono<Resource> resolveResource(@Nullable ServerWebExchange exchange, String requestPath,
            List<? extends Resource> locations, ResourceResolverChain chain) {
        return chain.resolveResource(exchange, requestPath, locations).map(ClosedBetweenReads::wrapped);
    }

    @Override
    public Mono<String> resolveUrlPath(String resourceUrlPath, List<? extends Resource> locations,
            ResourceResolverChain chain) {
        return chain.resolveUrlPath(resourceUrlPath, locations);
    }

    /** A file of the disk is read through an asynchronous file channel, which has no such race. */
    static Resource wrapped(Resource resource) {
        return resource.isFile() ? resource : new SerialResource(resource);
    }

    /** The resource as it is, except that its channel is closed only between reads. */
    private static final class SerialResource extends AbstractResource {

        private final Resource resource;

        SerialResource(Resource resource) {
            this.resource = resource;
        }

        @Override
        public ReadableByteChannel readableChannel() throws IOException {
            return new SerialChannel(resource.getInputStream());
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return resource.getInputStream();
        }

        @Override
        public boolean exists() {
            return resource.exists();
        }

        @Override
        public boolean isReadable() {
            return resource.isReadable();
        }

        @Override
        public URL getURL() throws IOException {
            return resource.getURL();
        }

        @Override
        public URI getURI() throws IOException {
            return resource.getURI();
        }

        @Override
        public File getFile() throws IOException {
            return resource.getFile();
        }

        @Override
        public long contentLength() throws IOException {
            return resource.contentLength();
        }

        @Override
        public long lastModified() throws IOException {
            return resource.lastModified();
        }

        @Override
        public Resource createRelative(String relativePath) throws IOException {
            return wrapped(resource.createRelative(relativePath));
        }

        @Override
        public @Nullable String getFilename() {
            return resource.getFilename();
        }

        @Override
        public String getDescription() {
            return resource.getDescription();
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof SerialResource serial && resource.equals(serial.resource);
        }

        @Override
        public int hashCode() {
            return resource.hashCode();
        }
    }

    /**
     * Reads its stream (not interruptible), and closes it at once when no read is under way, or else when the read
     * under way returns. Reads come one after another from one subscription, so the buffer needs no lock.
     */
    static final class SerialChannel implements ReadableByteChannel {

        private final InputStream stream;
        private final byte[] buffer = new byte[8192];
        private boolean reading;
        private boolean closeAsked;

        SerialChannel(InputStream stream) {
            this.stream = stream;
        }

        @Override
        public int read(ByteBuffer target) throws IOException {
            synchronized (this) {
                if (closeAsked) {
                    throw new ClosedChannelException();
                }
                reading = true;
            }
            try {
                int read = stream.read(buffer, 0, Math.min(buffer.length, target.remaining()));
                if (read > 0) {
                    target.put(buffer, 0, read);
                }
                return read;
            } finally {
                boolean closeNow;
                synchronized (this) {
                    reading = false;
                    closeNow = closeAsked;
                }
                if (closeNow) {
                    stream.close();
                }
            }
        }

        @Override
        public synchronized boolean isOpen() {
            return !closeAsked;
        }

        @Override
        public void close() throws IOException {
            boolean closeNow;
            synchronized (this) {
                if (closeAsked) {
                    return;
                }
                closeAsked = true;
                closeNow = !reading;
            }
            if (closeNow) {
                stream.close();
            }
        }
    }
}
