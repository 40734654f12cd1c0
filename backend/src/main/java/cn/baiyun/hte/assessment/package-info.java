/**
 * The HTE rules engine: pure, side-effect-free Java over a snapshot of a firm's figures (no Spring, no
 * I/O), exact decimal arithmetic, the formulas of {@code hte-rules.md}. Other features use its results,
 * e.g. the filing pages show the counted R&D of a year as the firm types.
 */
package cn.baiyun.hte.assessment;
