package cn.baiyun.hte.filing.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code hte.documents.max-size}: the largest evidence file accepted, checked while it streams in. */
@ConfigurationProperties("hte.documents")
record EvidenceProperties(@DefaultValue("20MB") DataSize maxSize) {
}
