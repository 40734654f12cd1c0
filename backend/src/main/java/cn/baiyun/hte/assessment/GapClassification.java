package cn.baiyun.hte.assessment;

/** For each unmet condition (the others are null): is the gap slight, i.e. closable within about a year, and what it takes. */
public record GapClassification(AgeGap c1RegistrationAge, IpGap c2CoreIp, RatioGap c4StStaffRatio,
                                RdCatchUp c5aRdIntensity, RatioGap c5bDomesticRdShare,
                                RatioGap c6HightechRevenueShare, ScoreGap c7InnovationCapability,
                                IncidentGap c8NoMajorIncident) {
}
