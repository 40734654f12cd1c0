package cn.baiyun.hte.filing.portfolio;

import java.time.LocalDate;

/**
 * One IP right of a firm as the HTE assessment counts it (hte-rules §3.3): what other features read
 * instead of the IP asset document.
 *
 * @param usedBefore    a Class II right already used in an earlier HTE application
 * @param selfDeveloped the firm's own R&D produced it (not a transfer, gift or merger)
 */
public record IpRight(String enterpriseId, IpClass ipClass, IpStatus status, boolean ownedByFirm,
                      LocalDate expiryDate, boolean usedBefore, boolean selfDeveloped) {

    static IpRight of(IpAsset asset) {
        IpAssetDetails details = asset.details();
        return new IpRight(asset.enterpriseId(), details.ipClass(), details.status(),
                Boolean.TRUE.equals(details.ownedByFirm()), details.expiryDate(), details.alreadyUsed(),
                details.acquisition() == Acquisition.SELF_DEVELOPED);
    }

    /** Granted, owned by the firm and not expired on {@code day}: valid for recognition. */
    public boolean validOn(LocalDate day) {
        return status == IpStatus.GRANTED && ownedByFirm && (expiryDate == null || !expiryDate.isBefore(day));
    }

    /** Applied for, not granted yet: counts only for the next year's projection. */
    public boolean pending() {
        return status == IpStatus.PENDING;
    }
}
