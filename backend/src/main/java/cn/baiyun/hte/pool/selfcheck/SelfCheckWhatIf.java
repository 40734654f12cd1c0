package cn.baiyun.hte.pool.selfcheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.filing.AmountBounds;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.pool.feedback.ResultExplanation;

/**
 * The what-if form as typed: the figures the firm expects for the fiscal year in progress (money, staff,
 * achievements transformed) and the pending
 * IP it expects granted by next year's assessment. A field left empty keeps last year's figure. Bound
 * from the query string, so that a what-if result is a link the firm can keep or send.
 */
public class SelfCheckWhatIf {

    static final List<String> FIELDS = List.of("rdSpend", "salesRevenue", "netAssets", "stStaff", "totalStaff",
            "transformations", "inventionsGranted", "otherIpGranted");

    private BigDecimal rdSpend;
    private BigDecimal salesRevenue;
    private BigDecimal netAssets;
    private BigDecimal stStaff;
    private BigDecimal totalStaff;
    private Integer transformations;
    private Integer inventionsGranted;
    private Integer otherIpGranted;

    /**
     * What keeps the figures from being projected, all at once: amounts are bounded as the filing forms
     * bound them ({@link AmountBounds}), head counts the same way, and counts of granted IP cannot exceed
     * what is pending. Net assets alone may be negative, as in a filing.
     */
    List<FieldProblem> problems(int pendingInventions, int pendingOtherIp, BigDecimal lastStStaff,
                                BigDecimal lastTotalStaff) {
        List<FieldProblem> problems = new ArrayList<>();
        AmountBounds.amount("rdSpend", rdSpend).ifPresent(problems::add);
        AmountBounds.amount("salesRevenue", salesRevenue).ifPresent(problems::add);
        AmountBounds.signedAmount("netAssets", netAssets).ifPresent(problems::add);
        heads(problems, "stStaff", stStaff);
        heads(problems, "totalStaff", totalStaff);
        notNegative(problems, "transformations", transformations);
        notNegative(problems, "inventionsGranted", inventionsGranted);
        notNegative(problems, "otherIpGranted", otherIpGranted);
        atMostPending(problems, "inventionsGranted", inventionsGranted, pendingInventions);
        atMostPending(problems, "otherIpGranted", otherIpGranted, pendingOtherIp);
        BigDecimal st = stStaff == null ? lastStStaff : stStaff;
        BigDecimal total = totalStaff == null ? lastTotalStaff : totalStaff;
        if (problems.stream().noneMatch(p -> p.field().endsWith("Staff")) && st.compareTo(total) > 0) {
            problems.add(new FieldProblem(stStaff != null ? "stStaff" : "totalStaff", "selfcheck.whatif.st-exceeds-total",
                    ResultExplanation.figure(st), ResultExplanation.figure(total)));
        }
        return problems;
    }

    /** A monthly average of heads is bounded like an amount (two decimals at most), told in words for people. */
    private static void heads(List<FieldProblem> problems, String field, BigDecimal value) {
        AmountBounds.amount(field, value).ifPresent(problem -> problems.add(new FieldProblem(field,
                value.signum() < 0 ? "selfcheck.whatif.negative" : "selfcheck.whatif.heads",
                AmountBounds.MAX_DECIMALS)));
    }

    private static void notNegative(List<FieldProblem> problems, String field, Integer value) {
        if (value != null && value < 0) {
            problems.add(new FieldProblem(field, "selfcheck.whatif.negative"));
        }
    }

    private static void atMostPending(List<FieldProblem> problems, String field, Integer granted, int pending) {
        if (granted != null && granted > pending) {
            problems.add(new FieldProblem(field, "selfcheck.whatif.more-than-pending", String.valueOf(pending)));
        }
    }

    public BigDecimal getRdSpend() { return rdSpend; }
    public void setRdSpend(BigDecimal rdSpend) { this.rdSpend = rdSpend; }
    public BigDecimal getSalesRevenue() { return salesRevenue; }
    public void setSalesRevenue(BigDecimal salesRevenue) { this.salesRevenue = salesRevenue; }
    public BigDecimal getNetAssets() { return netAssets; }
    public void setNetAssets(BigDecimal netAssets) { this.netAssets = netAssets; }
    public BigDecimal getStStaff() { return stStaff; }
    public void setStStaff(BigDecimal stStaff) { this.stStaff = stStaff; }
    public BigDecimal getTotalStaff() { return totalStaff; }
    public void setTotalStaff(BigDecimal totalStaff) { this.totalStaff = totalStaff; }
    public Integer getTransformations() { return transformations; }
    public void setTransformations(Integer transformations) { this.transformations = transformations; }
    public Integer getInventionsGranted() { return inventionsGranted; }
    public void setInventionsGranted(Integer inventionsGranted) { this.inventionsGranted = inventionsGranted; }
    public Integer getOtherIpGranted() { return otherIpGranted; }
    public void setOtherIpGranted(Integer otherIpGranted) { this.otherIpGranted = otherIpGranted; }
}
