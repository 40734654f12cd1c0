/**
 * Annual filings: one per firm and fiscal year, in sections (financials, R&D spend, staff, incidents,
 * self-assessment), with the lifecycle DRAFT → SUBMITTED → RETURNED | ACCEPTED, the bureau's review and
 * amendments that keep every accepted revision. A firm submits only with its commitment (承诺书) that the data
 * are true and complete; the first submission gives the filing a reference number, {@code HTE-<fiscal
 * year>-<six-digit count within that year>} (see {@code FilingReferences}), which its receipt shows and which
 * resubmissions and amendments keep. A returned section counts as done again once the firm saves it. Its
 * sub-packages {@code portfolio} and {@code evidence} hold
 * the firm's long-lived portfolio and its evidence documents, each a named interface of this module. Other
 * features read and change filings only through {@link cn.baiyun.hte.filing.FilingService}; filing counts R&D
 * with the rules of {@code assessment} and knows nothing of the pool.
 */
package cn.baiyun.hte.filing;
