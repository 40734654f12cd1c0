package cn.baiyun.hte.platform.upload;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the temporary copies the structure check makes ({@code hte-upload-*} in the temporary folder) that
 * a crash during the check left behind: at start-up and then on a schedule, once older than
 * {@code hte.uploads.orphan-age}. Every process sweeps on its own, without a lease: these files are on the
 * local disk of the process that made them, which another replica cannot see, so a lease held elsewhere would
 * leave them for ever. Two processes sharing one temporary folder both sweep it, which is harmless: only files
 * far older than any check are removed, and a file still open keeps its content until it is closed.
 */
@Component
class UploadTempFiles {

    static final String PREFIX = "hte-upload-";

    private static final Logger log = LoggerFactory.getLogger(UploadTempFiles.class);

    private final Path folder;
    private final Clock clock;
    private final Duration orphanAge;

    @Autowired
    UploadTempFiles(Clock clock, @Value("${hte.uploads.orphan-age:PT1H}") Duration orphanAge) {
        this(Path.of(System.getProperty("java.io.tmpdir")), clock, orphanAge);
    }

    UploadTempFiles(Path folder, Clock clock, Duration orphanAge) {
        this.folder = folder;
        this.clock = clock;
        this.orphanAge = orphanAge;
    }

    /** On the scheduler's thread, never an event loop: listing and deleting files blocks. */
    @Scheduled(fixedDelayString = "${hte.uploads.orphan-sweep-interval:PT15M}", initialDelay = 0)
    void sweepOnSchedule() {
        try {
            int removed = sweep(Instant.now(clock).minus(orphanAge));
            if (removed > 0) {
                log.info("Removed {} temporary upload copies left by an interrupted check", removed);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Sweeping temporary upload copies failed; the next sweep retries", e);
        }
    }

    /** Removes every temporary upload copy last written before {@code cutoff}; the answer is how many. */
    int sweep(Instant cutoff) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path copy : copies) {
                try {
                    if (Files.isRegularFile(copy) && Files.getLastModifiedTime(copy).toInstant().isBefore(cutoff)
                            && Files.deleteIfExists(copy)) {
                        removed++;
                    }
                } catch (NoSuchFileException goneMeanwhile) {
                    // its check finished, or another process sharing the folder swept it
                }
            }
        }
        return removed;
    }
}
