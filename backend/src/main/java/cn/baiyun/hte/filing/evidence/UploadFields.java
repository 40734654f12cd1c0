package cn.baiyun.hte.filing.evidence;

import cn.baiyun.hte.platform.upload.MultipartUpload;

/**
 * The form fields that come with an uploaded file, as typed; {@code filename} is what the client called
 * the file (display text only), null when no file was sent.
 */
public record UploadFields(String kind, String fiscalYear, String ipAssetId, String filename) {

    /** The form field, and the API's part, that carries the file. */
    static final String FILE = "file";

    static UploadFields of(MultipartUpload.Form form) {
        return new UploadFields(form.field("kind"), form.field("fiscalYear"), form.field("ipAssetId"), form.filename());
    }
}
