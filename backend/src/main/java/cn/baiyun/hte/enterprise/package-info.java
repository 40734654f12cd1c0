/**
 * Firms and the people who act for them: a firm's profile and lifecycle stage, claims and memberships,
 * the unified social credit code check (GB 32100-2015) and the catalogue of technical fields. Other features
 * read firms through {@link cn.baiyun.hte.enterprise.EnterpriseService} and ask
 * {@link cn.baiyun.hte.enterprise.FirmAccess} whether a caller may act on a firm, the one answer to that
 * question in the portal. It depends on no other feature, only on {@code platform}.
 */
package cn.baiyun.hte.enterprise;
