package cn.baiyun.hte.assessment;

/** The four R&D-management sub-items (hte-rules.md §3.6(3)), each met fully, partly or not at all. */
public record RdManagement(RdManagementLevel m1SystemAndLedger, RdManagementLevel m2RdInstitutionAndCooperation,
                           RdManagementLevel m3TransformationIncentiveAndPlatform,
                           RdManagementLevel m4TalentTrainingAndEvaluation) {
}
