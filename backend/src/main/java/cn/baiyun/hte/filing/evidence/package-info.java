/**
 * Evidence documents in GridFS: streamed uploads whose type is decided from the content, size-limited
 * while streaming, linked to a filing or an IP asset. {@link cn.baiyun.hte.filing.evidence.EvidenceService}
 * is the entry point for other features; the rest is internal. A client's file name is never used as a
 * path, and its declared content type is never trusted.
 */
@NamedInterface("evidence")
package cn.baiyun.hte.filing.evidence;

import org.springframework.modulith.NamedInterface;
