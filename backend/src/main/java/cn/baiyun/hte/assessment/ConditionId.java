package cn.baiyun.hte.assessment;

/** The recognition conditions by the names the worked examples use. */
public enum ConditionId implements Coded {
    C1_REGISTRATION_AGE,
    C2_CORE_IP,
    C3_TECH_FIELD,
    C4_ST_STAFF_RATIO,
    C5A_RD_INTENSITY,
    C5B_DOMESTIC_RD_SHARE,
    C6_HIGHTECH_REVENUE_SHARE,
    C7_INNOVATION_CAPABILITY,
    C8_NO_MAJOR_INCIDENT
}
