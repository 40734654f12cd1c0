package cn.baiyun.hte.publication;

import cn.baiyun.hte.platform.upload.MultipartUpload;

/**
 * What the policy form shows in its fields: a stored policy's values, or what was just typed (a date that is
 * none included, to be corrected), tags joined as they are typed.
 */
record PolicyFormView(String titleZh, String titleEn, String issuerZh, String issuerEn, String documentNumber,
                      String issuedOn, String summaryZh, String summaryEn, String tags) {

    static final PolicyFormView EMPTY = new PolicyFormView(null, null, null, null, null, null, null, null, null);

    static PolicyFormView of(PolicyDetails d) {
        return new PolicyFormView(d.titleZh(), d.titleEn(), d.issuerZh(), d.issuerEn(), d.documentNumber(),
                d.issuedOn() == null ? null : d.issuedOn().toString(), d.summaryZh(), d.summaryEn(),
                String.join("，", d.tags()));
    }

    static PolicyFormView posted(MultipartUpload.Form form) {
        return new PolicyFormView(form.field("titleZh"), form.field("titleEn"), form.field("issuerZh"),
                form.field("issuerEn"), form.field("documentNumber"), form.field("issuedOn"), form.field("summaryZh"),
                form.field("summaryEn"), form.field("tags"));
    }
}
