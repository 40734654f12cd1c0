package cn.baiyun.hte.assessment;

/** The routes of 115号 第八条 by which a firm meeting the basic conditions qualifies without the score. */
public record DirectQualification(boolean validHteCertificate, boolean nationalStAwardTop35y,
                                  boolean provincialRdInstitution, boolean ledStandard5y) {

    public boolean any() {
        return validHteCertificate || nationalStAwardTop35y || provincialRdInstitution || ledStandard5y;
    }
}
