package cn.baiyun.hte.filing.portfolio;

import java.time.LocalDate;

/**
 * What a firm records about one IP right; the body of the API's create and replace requests. The class
 * is not here: it follows from {@link #type()}. Flags are {@code Boolean} because "not answered" is not
 * "no"; {@code usedInPriorHteApplication} left empty means "no".
 */
public record IpAssetDetails(IpType type, String number, String title, IpStatus status, LocalDate applicationDate,
                             LocalDate grantDate, LocalDate expiryDate, Acquisition acquisition, Boolean ownedByFirm,
                             Boolean usedInPriorHteApplication, Boolean supportsMainProduct) {

    public IpClass ipClass() {
        return type == null ? null : type.ipClass();
    }

    public boolean alreadyUsed() {
        return Boolean.TRUE.equals(usedInPriorHteApplication);
    }
}
