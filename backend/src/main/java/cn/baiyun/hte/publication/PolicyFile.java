package cn.baiyun.hte.publication;

import java.util.Locale;

/**
 * The PDF of a policy: its file in the bucket of {@link PolicyFiles}, the name it is offered under (the
 * uploader's, cleaned, with the {@code .pdf} extension), its size and SHA-256.
 */
public record PolicyFile(String fileId, String originalName, long size, String sha256) {

    /** The size as readers take it in, e.g. {@code 312.4 KB}. */
    public String sizeText() {
        return size < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", size / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024));
    }
}
