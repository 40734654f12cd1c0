package cn.baiyun.hte.demo;

import cn.baiyun.hte.filing.SelfAssessment;

/**
 * The shape of a generated demo firm's figures, chosen so that the rules engine places it where the demo
 * needs it (hte-rules.md §7.3): every condition met; one gap that closes within a year (R&D intensity
 * just short, S&T staff just short, a score between 61 and 70); large gaps; a non-resident firm outside
 * the pool; or data the bureau cannot assess yet.
 *
 * @param salesGrowthPercent yearly growth of sales and net assets
 * @param rdPermille         R&D spend per thousand yuan of sales
 * @param stPercent          S&T staff as a share of all staff
 * @param inventions         granted invention patents (Class I)
 * @param utilityModels      granted utility models (Class II)
 * @param pending            pending invention applications
 * @param achievements       achievements transformed in every filed year
 * @param resident           a resident enterprise (居民企业) for enterprise income tax
 * @param filed              how far its filings went
 */
enum DemoShape {
    ALL_MET(22, 65, 22, 1, 3, 1, 4, DemoFilings.STRONG, true, Filed.ACCEPTED),
    RD_SHORT(15, 44, 20, 1, 3, 1, 4, DemoFilings.STRONG, true, Filed.ACCEPTED),
    STAFF_SHORT(20, 60, 9, 1, 2, 1, 4, DemoFilings.STRONG, true, Filed.ACCEPTED),
    SCORE_SHORT(18, 60, 18, 1, 2, 1, 4, DemoFilings.MODEST, true, Filed.ACCEPTED),
    FAR_OFF(8, 22, 6, 0, 2, 0, 1, DemoFilings.MODEST, true, Filed.ACCEPTED),
    NON_RESIDENT(22, 65, 22, 1, 3, 0, 4, DemoFilings.STRONG, false, Filed.ACCEPTED),
    LAST_YEAR_DRAFT(18, 60, 18, 1, 2, 1, 3, DemoFilings.MODEST, true, Filed.LAST_YEAR_DRAFT),
    NOTHING_FILED(18, 60, 18, 0, 1, 1, 0, DemoFilings.MODEST, true, Filed.NOTHING);

    /** How far a firm's filings went: all accepted, the last year still a draft, or none yet. */
    enum Filed { ACCEPTED, LAST_YEAR_DRAFT, NOTHING }

    final int salesGrowthPercent;
    final int rdPermille;
    final int stPercent;
    final int inventions;
    final int utilityModels;
    final int pending;
    final int achievements;
    final SelfAssessment selfAssessment;
    final boolean resident;
    final Filed filed;

    DemoShape(int salesGrowthPercent, int rdPermille, int stPercent, int inventions, int utilityModels, int pending,
              int achievements, SelfAssessment selfAssessment, boolean resident, Filed filed) {
        this.salesGrowthPercent = salesGrowthPercent;
        this.rdPermille = rdPermille;
        this.stPercent = stPercent;
        this.inventions = inventions;
        this.utilityModels = utilityModels;
        this.pending = pending;
        this.achievements = achievements;
        this.selfAssessment = selfAssessment;
        this.resident = resident;
        this.filed = filed;
    }
}
