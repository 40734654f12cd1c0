package cn.baiyun.hte.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipException;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import cn.baiyun.hte.platform.web.ClosedBetweenReads.SerialChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The channel a static file of a jar is read through: a hang-up's close waits for the read under way. */
class ClosedBetweenReadsTest {

    @Test
    void aCloseDuringAReadIsLeftToTheReaderAndNothingWaits() throws Exception {
        SlowStream stream = new SlowStream();
        SerialChannel channel = new SerialChannel(stream);
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
            try {
                return channel.read(ByteBuffer.allocate(16));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(stream.reading.await(10, TimeUnit.SECONDS)).isTrue();

        channel.close();

        assertThat(channel.isOpen()).isFalse();
        assertThat(stream.closed).as("closed while the read was under way").isFalse();
        stream.finish.countDown();
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(4);
        assertThat(stream.closed).isTrue();
        assertThatThrownBy(() -> channel.read(ByteBuffer.allocate(16))).isInstanceOf(ClosedChannelException.class);
    }

    @Test
    void anInterruptedReaderKeepsItsStreamOpen() throws IOException {
        SerialChannel channel = new SerialChannel(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        ByteBuffer target = ByteBuffer.allocateDirect(8);
        Thread.currentThread().interrupt();
        try {
            assertThat(channel.read(target)).isEqualTo(3);
            assertThat(channel.isOpen()).isTrue();
            assertThat(channel.read(target)).isEqualTo(-1);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aCorruptFileStillFailsItsRead() {
        SerialChannel channel = new SerialChannel(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new ZipException("invalid stored block lengths");
            }
        });

        assertThatThrownBy(() -> channel.read(ByteBuffer.allocate(8))).isInstanceOf(ZipException.class);
    }

    @Test
    void onlyFilesOutsideTheDiskAreWrapped() throws IOException {
        Resource inMemory = new ByteArrayResource(new byte[] {7, 8});
        Resource wrapped = ClosedBetweenReads.wrapped(inMemory);

        assertThat(wrapped).isNotSameAs(inMemory);
        assertThat(wrapped.contentLength()).isEqualTo(2);
        assertThat(wrapped.readableChannel()).isInstanceOf(SerialChannel.class);
        assertThat(ClosedBetweenReads.wrapped(new FileSystemResource("pom.xml")))
                .isInstanceOf(FileSystemResource.class);
    }

    /** Four bytes, handed over only when the test lets the read finish. */
    private static final class SlowStream extends InputStream {

        final CountDownLatch reading = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);
        volatile boolean closed;

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            reading.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 4;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
