package cn.baiyun.hte.filing.evidence;

/**
 * The form fields that come with an uploaded file, as typed; {@code filename} is what the client called
 * the file (display text only), null when no file was sent.
 */
public record UploadFields(String kind, String fiscalYear, String ipAssetId, String filename) {
}
