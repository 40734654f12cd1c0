package cn.baiyun.hte.assessment;

/** The eight recognition conditions of 办法 第十一条 (hte-rules.md §2), each with its inputs and outcome. */
public record Conditions(RegistrationAge c1RegistrationAge, CoreIp c2CoreIp, TechFieldCheck c3TechField,
                         StaffRatio c4StStaffRatio, RdIntensity c5aRdIntensity, DomesticRdShare c5bDomesticRdShare,
                         HightechRevenueShare c6HightechRevenueShare,
                         InnovationCapability c7InnovationCapability, NoMajorIncident c8NoMajorIncident) {
}
