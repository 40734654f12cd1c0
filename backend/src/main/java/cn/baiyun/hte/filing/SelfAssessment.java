package cn.baiyun.hte.filing;

/**
 * The firm's own estimate of the score items that experts judge (hte-rules.md §3.6, §7.2): two bands,
 * the four R&D-management practices m1-m4, and participation in standards. The bureau may override
 * these when it assesses the firm.
 */
public record SelfAssessment(Band technologicalAdvancement, Band coreSupport, Practice rdManagementSystem,
                             Practice researchInstitution, Practice transformationIncentives,
                             Practice talentDevelopment, Boolean standardsParticipation) {

    /** 高 / 较高 / 一般 / 较低 / 无. */
    public enum Band { A, B, C, D, E }

    public enum Practice { FULL, PARTIAL, NONE }
}
