package cn.baiyun.hte.roadshow.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.baiyun.hte.roadshow.DeckFile;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * All of an event's pitch decks as one zip, streamed: each deck is read from GridFS chunk by chunk only when
 * the archive reaches it, each chunk compressed and handed on at once, so that memory holds a chunk and the
 * compressor's window, whatever the decks weigh. The entries carry data descriptors (size and CRC after the
 * content), which is what lets the archive be written before any deck is read whole. Compressing runs on the
 * bounded-elastic scheduler, off the event loop.
 */
final class DeckArchive {

    private DeckArchive() {
    }

    static Flux<DataBuffer> write(Flux<DeckFile> decks) {
        return Flux.using(Zip::new,
                        zip -> Flux.concat(decks.concatMap(deck -> Flux.concat(
                                        Mono.fromCallable(() -> zip.begin(deck.fileName())),
                                        deck.content().publishOn(Schedulers.boundedElastic()).map(zip::write),
                                        Mono.fromCallable(zip::end))),
                                Mono.fromCallable(zip::finish)),
                        Zip::close)
                .filter(bytes -> bytes.length > 0)
                .<DataBuffer>map(DefaultDataBufferFactory.sharedInstance::wrap)
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** The archive being written; each call answers the bytes it produced, taken out of the buffer. */
    private static final class Zip implements AutoCloseable {

        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private final ZipOutputStream out = new ZipOutputStream(pending);
        private final Set<String> names = new HashSet<>();

        Zip() {
            // Decks are PDFs, already compressed: the fastest level gains as much as any.
            out.setLevel(Deflater.BEST_SPEED);
        }

        byte[] begin(String fileName) throws IOException {
            out.putNextEntry(new ZipEntry(unique(fileName)));
            return drained();
        }

        byte[] write(DataBuffer buffer) {
            try {
                byte[] bytes = new byte[buffer.readableByteCount()];
                buffer.read(bytes);
                out.write(bytes);
                return drained();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataBufferUtils.release(buffer);
            }
        }

        byte[] end() throws IOException {
            out.closeEntry();
            return drained();
        }

        byte[] finish() throws IOException {
            out.finish();
            return drained();
        }

        /** Two firms' decks of the same name stay two files: the later ones get a number. */
        private String unique(String fileName) {
            String name = fileName;
            int dot = fileName.lastIndexOf('.');
            String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
            String extension = dot > 0 ? fileName.substring(dot) : "";
            for (int n = 2; !names.add(name); n++) {
                name = stem + " (" + n + ")" + extension;
            }
            return name;
        }

        private byte[] drained() {
            byte[] bytes = pending.toByteArray();
            pending.reset();
            return bytes;
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
