package cn.baiyun.hte.pool.selfcheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.assessment.SnapshotCheck;
import cn.baiyun.hte.assessment.TechSmeSnapshot;
import cn.baiyun.hte.filing.AmountBounds;
import cn.baiyun.hte.platform.error.FieldProblem;

/**
 * The tech-SME what-if form as typed: other figures for the same evaluation, each named as the snapshot
 * names it. A field left empty keeps the filed figure. Bound from the query string, so that a what-if
 * result is a link the firm can keep or send.
 */
public class TechSmeWhatIf {

    static final List<String> FIELDS = List.of("employees", "stStaff", "salesRevenueCny", "totalAssetsCny",
            "costAndExpenseTotalCny", "rdExpenseCny119Caliber", "class1Ip", "class2Ip");
    /** Far above any small or medium firm; keeps a typed head count inside what the form can mean. */
    private static final int MAX_COUNT = 1_000_000;

    private Integer employees;
    private Integer stStaff;
    private BigDecimal salesRevenueCny;
    private BigDecimal totalAssetsCny;
    private BigDecimal costAndExpenseTotalCny;
    private BigDecimal rdExpenseCny119Caliber;
    private Integer class1Ip;
    private Integer class2Ip;

    /** Amounts bounded as the filing forms bound them ({@link AmountBounds}), counts from 0 to a million. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        AmountBounds.amount("salesRevenueCny", salesRevenueCny).ifPresent(problems::add);
        AmountBounds.amount("totalAssetsCny", totalAssetsCny).ifPresent(problems::add);
        AmountBounds.amount("costAndExpenseTotalCny", costAndExpenseTotalCny).ifPresent(problems::add);
        AmountBounds.amount("rdExpenseCny119Caliber", rdExpenseCny119Caliber).ifPresent(problems::add);
        count(problems, "employees", employees);
        count(problems, "stStaff", stStaff);
        count(problems, "class1Ip", class1Ip);
        count(problems, "class2Ip", class2Ip);
        return problems;
    }

    /** What the figures together break (more S&T staff than staff, no staff at all), named by the form's fields. */
    static List<FieldProblem> problems(TechSmeSnapshot projected) {
        return SnapshotCheck.problems(projected).stream()
                .map(problem -> new FieldProblem(problem.field(), "pool.snapshot." + problem.code().code()))
                .toList();
    }

    private static void count(List<FieldProblem> problems, String field, Integer value) {
        if (value != null && (value < 0 || value > MAX_COUNT)) {
            problems.add(new FieldProblem(field, "techsme.whatif.count", String.valueOf(MAX_COUNT)));
        }
    }

    /** The typed figures over the filed ones. */
    TechSmeSnapshot over(TechSmeSnapshot filed) {
        return new TechSmeSnapshot(filed.evaluationYear(), filed.dataYear(), filed.residentEnterprise(),
                or(employees, filed.employees()), or(stStaff, filed.stStaff()),
                or(salesRevenueCny, filed.salesRevenueCny()), or(totalAssetsCny, filed.totalAssetsCny()),
                or(costAndExpenseTotalCny, filed.costAndExpenseTotalCny()),
                or(rdExpenseCny119Caliber, filed.rdExpenseCny119Caliber()), or(class1Ip, filed.class1Ip()),
                or(class2Ip, filed.class2Ip()), filed.prohibitedOrRestrictedIndustry(), filed.integrityIssues(),
                filed.directQualification());
    }

    private static <T> T or(T typed, T filed) {
        return typed == null ? filed : typed;
    }

    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public Integer getStStaff() { return stStaff; }
    public void setStStaff(Integer stStaff) { this.stStaff = stStaff; }
    public BigDecimal getSalesRevenueCny() { return salesRevenueCny; }
    public void setSalesRevenueCny(BigDecimal salesRevenueCny) { this.salesRevenueCny = salesRevenueCny; }
    public BigDecimal getTotalAssetsCny() { return totalAssetsCny; }
    public void setTotalAssetsCny(BigDecimal totalAssetsCny) { this.totalAssetsCny = totalAssetsCny; }
    public BigDecimal getCostAndExpenseTotalCny() { return costAndExpenseTotalCny; }
    public void setCostAndExpenseTotalCny(BigDecimal costAndExpenseTotalCny) { this.costAndExpenseTotalCny = costAndExpenseTotalCny; }
    public BigDecimal getRdExpenseCny119Caliber() { return rdExpenseCny119Caliber; }
    public void setRdExpenseCny119Caliber(BigDecimal rdExpenseCny119Caliber) { this.rdExpenseCny119Caliber = rdExpenseCny119Caliber; }
    public Integer getClass1Ip() { return class1Ip; }
    public void setClass1Ip(Integer class1Ip) { this.class1Ip = class1Ip; }
    public Integer getClass2Ip() { return class2Ip; }
    public void setClass2Ip(Integer class2Ip) { this.class2Ip = class2Ip; }
}
