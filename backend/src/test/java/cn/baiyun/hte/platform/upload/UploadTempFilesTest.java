package cn.baiyun.hte.platform.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The structure check's temporary copies left by a crash are removed once old; nothing else is. */
class UploadTempFilesTest {

    @TempDir
    Path folder;

    final Instant now = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void oldCopiesGoAndRecentCopiesAndOtherFilesStay() throws IOException {
        Path abandoned = copy("hte-upload-1.pdf", now.minus(Duration.ofHours(3)));
        Path underCheck = copy("hte-upload-2.pdf", now.minusSeconds(20));
        Path someoneElses = copy("other-1.pdf", now.minus(Duration.ofDays(3)));
        UploadTempFiles temp = new UploadTempFiles(folder, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(1));

        temp.sweepOnSchedule();

        assertThat(abandoned).doesNotExist();
        assertThat(underCheck).exists();
        assertThat(someoneElses).exists();
    }

    @Test
    void theCopiesAreMadeWhereTheSweepLooks() throws IOException {
        Path copy = Files.createTempFile(UploadTempFiles.PREFIX, ".pdf");
        try {
            Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

            int removed = new UploadTempFiles(Clock.systemUTC(), Duration.ofHours(1)).sweep(Instant.now().minus(Duration.ofHours(1)));

            assertThat(removed).isGreaterThanOrEqualTo(1);
            assertThat(copy).doesNotExist();
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private Path copy(String name, Instant written) throws IOException {
        Path file = Files.writeString(folder.resolve(name), "%PDF-");
        Files.setLastModifiedTime(file, FileTime.from(written));
        return file;
    }
}
