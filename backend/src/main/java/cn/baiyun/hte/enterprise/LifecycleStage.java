package cn.baiyun.hte.enterprise;

/** Where a firm stands on the road the bureau cultivates: project, firm, tech-based SME, HTE. */
public enum LifecycleStage {
    INCUBATING_PROJECT, REGISTERED_FIRM, TECH_BASED_SME, HIGH_TECH_ENTERPRISE
}
