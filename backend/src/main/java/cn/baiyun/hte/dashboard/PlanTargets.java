package cn.baiyun.hte.dashboard;

import java.math.BigDecimal;

/**
 * The seed of the targets: the Baiyun plan's goal for 2025 (白云区高新技术企业培育工作实施方案, 一、总体目标):
 * more than 110 HTEs, 28 of them above designated size, at least 10% of 专精特新 firms being HTEs. The only place
 * these figures are written; a year the bureau has not set keeps the latest earlier year's targets, and
 * the plan's year and those after it fall back to this seed until the bureau sets its own.
 */
final class PlanTargets {

    static final int YEAR = 2025;
    static final TargetValues VALUES = new TargetValues(110, 28, new BigDecimal("0.10"));

    private PlanTargets() {
    }
}
