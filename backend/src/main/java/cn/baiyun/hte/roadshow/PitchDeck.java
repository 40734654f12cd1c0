package cn.baiyun.hte.roadshow;

import java.time.Instant;

/**
 * The pitch deck a firm uploaded for its registration: a PDF in the GridFS bucket {@value #BUCKET}, checked
 * like evidence documents (streamed, size-limited, type and structure from the content).
 *
 * @param fileId       the GridFS file's id
 * @param originalName the client's file name as display text, with the {@code .pdf} extension
 */
public record PitchDeck(String fileId, String originalName, long size, String sha256, Instant uploadedAt) {

    public static final String BUCKET = "pitchDecks";
}
