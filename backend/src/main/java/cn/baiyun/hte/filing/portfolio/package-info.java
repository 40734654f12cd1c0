/**
 * A firm's long-lived portfolio, kept across fiscal years: its IP assets (Class I / II derived from the
 * type, hte-rules §3.3), its technology achievements with their transformations (§3.6(2)) and its R&D
 * projects. {@link cn.baiyun.hte.filing.portfolio.PortfolioService} is the one entry point for other
 * features, reading and adding records with the caller's rights on the firm; the rest is internal. It
 * never reads or changes a filing.
 */
@NamedInterface("portfolio")
package cn.baiyun.hte.filing.portfolio;

import org.springframework.modulith.NamedInterface;
