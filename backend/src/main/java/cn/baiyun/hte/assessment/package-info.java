/**
 * The HTE rules engine: pure, side-effect-free Java over a snapshot of a firm's figures, with exact decimal
 * arithmetic, versioned rule sets and an explanation of every gap (the formulas of {@code hte-rules.md}).
 * Others check a {@link cn.baiyun.hte.assessment.FirmSnapshot} with
 * {@link cn.baiyun.hte.assessment.SnapshotCheck#problems}, assess it with
 * {@code new HteEngine(RuleSets.current()).assess(snapshot)} into an {@link cn.baiyun.hte.assessment.Assessment}
 * stored with its rule-set version and {@link cn.baiyun.hte.assessment.InputDigest#of the input digest},
 * evaluate the tech-based SME stage with {@link cn.baiyun.hte.assessment.TechSmeEvaluator}, and use its R&D
 * counting (the filing pages show the counted R&D as the firm types). Inputs and results have the shape of
 * examples.json with camelCase keys; {@link cn.baiyun.hte.assessment.Coded} enums are written by their code.
 * It must stay free of Spring, I/O and JSON libraries, and depends on no other module.
 */
package cn.baiyun.hte.assessment;
