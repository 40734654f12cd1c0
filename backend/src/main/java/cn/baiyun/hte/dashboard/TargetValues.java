package cn.baiyun.hte.dashboard;

import java.math.BigDecimal;

/**
 * The three target figures, as entered or stored. The share is a fraction (0.10 for 10%).
 *
 * @param hteFirms          firms holding a valid HTE certificate
 * @param aboveSizeHteFirms of them, above designated size
 * @param specialisedShare  valid 专精特新 firms that are HTEs, over all valid 专精特新 firms
 */
public record TargetValues(int hteFirms, int aboveSizeHteFirms, BigDecimal specialisedShare) {
}
