package cn.baiyun.hte.enterprise;

/** What a claimant shows the bureau to prove they may act for the firm. */
public enum ClaimDocumentKind {
    /** The firm's business licence (营业执照). */
    BUSINESS_LICENCE,
    /** A letter of the firm authorising the claimant to act for it (授权委托书). */
    AUTHORISATION_LETTER
}
