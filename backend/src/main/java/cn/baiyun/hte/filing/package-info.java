/**
 * Annual filings: one per firm and fiscal year, in sections (financials, R&D spend, staff, incidents,
 * self-assessment), with the lifecycle DRAFT → SUBMITTED → RETURNED | ACCEPTED and amendments that keep
 * every accepted revision. Subpackages hold the firm's long-lived portfolio and its evidence documents.
 */
package cn.baiyun.hte.filing;
