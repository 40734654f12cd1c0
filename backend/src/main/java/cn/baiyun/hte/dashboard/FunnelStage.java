package cn.baiyun.hte.dashboard;

import java.math.BigDecimal;

import cn.baiyun.hte.enterprise.LifecycleStage;

/**
 * One stage of the programme's funnel (project → registered firm → tech-based SME → HTE), from the stage each
 * verified firm's profile records.
 *
 * @param atStage    firms at this stage now
 * @param reached    firms at this stage or a later one (the funnel's width)
 * @param conversion {@code reached} over the previous stage's {@code reached}; null for the first stage or when
 *                   the previous stage has none
 */
public record FunnelStage(LifecycleStage stage, long atStage, long reached, BigDecimal conversion) {
}
