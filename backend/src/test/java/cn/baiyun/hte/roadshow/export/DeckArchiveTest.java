package cn.baiyun.hte.roadshow.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.baiyun.hte.roadshow.DeckFile;
import cn.baiyun.hte.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

class DeckArchiveTest {

    @Test
    void everyDeckIsInTheZipWhole_TwoOfTheSameNameKeptApart() throws IOException {
        byte[] first = TestFiles.pdf(300_000);
        byte[] second = "%PDF-1.7 second".getBytes(StandardCharsets.US_ASCII);
        Flux<DeckFile> decks = Flux.just(deck("甲公司-路演.pdf", first), deck("甲公司-路演.pdf", second));

        byte[] zip = DataBufferUtils.join(DeckArchive.write(decks)).map(buffer -> {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            DataBufferUtils.release(buffer);
            return bytes;
        }).block(Duration.ofSeconds(20));

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).containsOnlyKeys("甲公司-路演.pdf", "甲公司-路演 (2).pdf");
        assertThat(entries.get("甲公司-路演.pdf")).isEqualTo(first);
        assertThat(entries.get("甲公司-路演 (2).pdf")).isEqualTo(second);
    }

    @Test
    void noDecksIsAnEmptyZip() throws IOException {
        byte[] zip = DataBufferUtils.join(DeckArchive.write(Flux.empty())).map(buffer -> {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        }).block(Duration.ofSeconds(20));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            assertThat(in.getNextEntry()).isNull();
        }
    }

    /** A deck whose content arrives in chunks, as GridFS streams it. */
    private static DeckFile deck(String name, byte[] content) {
        Flux<DataBuffer> chunks = Flux.range(0, (content.length + 65_535) / 65_536).map(i -> {
            int from = i * 65_536;
            int to = Math.min(content.length, from + 65_536);
            return DefaultDataBufferFactory.sharedInstance.wrap(java.util.Arrays.copyOfRange(content, from, to));
        });
        return new DeckFile(null, "甲公司", name, content.length, chunks);
    }
}
