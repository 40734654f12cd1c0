package cn.baiyun.hte.filing.portfolio;

/** The kinds of IP a firm may hold; each belongs to exactly one {@link IpClass} (hte-rules §3.3). */
public enum IpType {
    INVENTION_PATENT(IpClass.I),
    DEFENCE_PATENT(IpClass.I),
    PLANT_VARIETY(IpClass.I),
    NATIONAL_CROP_VARIETY(IpClass.I),
    NATIONAL_NEW_DRUG(IpClass.I),
    NATIONAL_FIRST_GRADE_TCM_VARIETY(IpClass.I),
    IC_LAYOUT_DESIGN(IpClass.I),
    UTILITY_MODEL(IpClass.II),
    DESIGN_PATENT(IpClass.II),
    SOFTWARE_COPYRIGHT(IpClass.II),
    /** Kept so a firm's portfolio is complete, but §3.3 excludes trademarks from both classes. */
    TRADEMARK(IpClass.NONE);

    private final IpClass ipClass;

    IpType(IpClass ipClass) {
        this.ipClass = ipClass;
    }

    public IpClass ipClass() {
        return ipClass;
    }
}
