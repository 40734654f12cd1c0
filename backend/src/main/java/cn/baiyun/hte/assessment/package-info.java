/**
 * The HTE rules engine: pure, side-effect-free Java over a snapshot of a firm's figures (no Spring, no
 * I/O, no JSON library), exact decimal arithmetic, the formulas of {@code hte-rules.md}.
 * <p>
 * Use: {@link cn.baiyun.hte.assessment.SnapshotCheck#problems} on a {@link cn.baiyun.hte.assessment.FirmSnapshot},
 * then {@code new HteEngine(RuleSets.current()).assess(snapshot)} for an {@link cn.baiyun.hte.assessment.Assessment};
 * store it with its rule-set version and {@link cn.baiyun.hte.assessment.InputDigest#of the input digest}.
 * {@link cn.baiyun.hte.assessment.TechSmeEvaluator} evaluates the tech-based SME stage. Inputs and results have the
 * shape of examples.json with camelCase keys; {@link cn.baiyun.hte.assessment.Coded} enums are written by their code.
 * Other features also use the R&D counting, e.g. the filing pages show the counted R&D of a year as the firm types.
 */
package cn.baiyun.hte.assessment;
