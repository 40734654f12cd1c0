package cn.baiyun.hte.platform.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code hte.documents.max-size}: the largest file accepted for upload (evidence documents, a claim's
 * business licence), checked while it streams in.
 */
@ConfigurationProperties("hte.documents")
public record UploadProperties(@DefaultValue("20MB") DataSize maxSize) {

    public long maxBytes() {
        return maxSize.toBytes();
    }

    public long maxMegabytes() {
        return maxBytes() / (1024 * 1024);
    }
}
