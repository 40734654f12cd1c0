package cn.baiyun.hte.filing.evidence;

/** What a piece of evidence is, as the bureau asks for it when reviewing a filing or an IP asset. */
enum DocumentKind {
    RD_AUDIT_REPORT, HIGH_TECH_REVENUE_AUDIT_REPORT, FINANCIAL_STATEMENTS, EIT_ANNUAL_RETURN, IP_CERTIFICATE, OTHER
}
