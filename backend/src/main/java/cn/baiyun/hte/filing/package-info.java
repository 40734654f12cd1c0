/**
 * Annual filings: one per firm and fiscal year, in sections (financials, R&D spend, staff, incidents,
 * self-assessment), with the lifecycle DRAFT → SUBMITTED → RETURNED | ACCEPTED, the bureau's review and
 * amendments that keep every accepted revision. Its sub-packages {@code portfolio} and {@code evidence} hold
 * the firm's long-lived portfolio and its evidence documents, each a named interface of this module. Other
 * features read and change filings only through {@link cn.baiyun.hte.filing.FilingService}; filing counts R&D
 * with the rules of {@code assessment} and knows nothing of the pool.
 */
package cn.baiyun.hte.filing;
