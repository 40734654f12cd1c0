package cn.baiyun.hte.assessment;

/**
 * The firm's IP as counted for recognition (hte-rules.md §3.3): valid items owned by the applicant.
 *
 * @param class2PreviouslyUsedInHteApplication Class II items already used in an earlier HTE application
 * @param hasSelfDeveloped                     some IP came from the firm's own R&D (not only transfer, gift, M&A)
 * @param pendingApplications                  filed, not yet granted (only for the next-year projection)
 * @param participatedInStandards              took part in drafting a recognised standard
 */
public record IpHoldings(int class1Valid, int class2Valid, int class2PreviouslyUsedInHteApplication,
                         boolean hasSelfDeveloped, int pendingApplications, boolean participatedInStandards) {

    public int usableClass1() {
        return class1Valid;
    }

    /** Class II IP may be used in one application only. */
    public int usableClass2() {
        return Math.max(0, class2Valid - class2PreviouslyUsedInHteApplication);
    }

    public boolean anyUsable() {
        return usableClass1() + usableClass2() > 0;
    }
}
