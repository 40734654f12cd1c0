package cn.baiyun.hte.pool.recommendation;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.Conditions;
import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.enterprise.Contact;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.pool.board.PoolEntry;

/**
 * One tier-1 firm on the provincial recommendation list. The figures are the engine's, recomputed from
 * the entry's stored snapshot with its rule-set version; ratios are the engine's 4-decimal values (shown
 * as percentages with 2 decimals), money exact in yuan. Figures are null when the entry no longer has a
 * snapshot (a later run found data missing); contact fields are null when the firm named no contact.
 *
 * @param technicalField      the firm's catalogue code as assessed
 * @param technicalFieldLabel the catalogue's name of that field as the snapshot gives it
 * @param lastYearSalesCny    the last fiscal year's sales revenue
 * @param rdIntensity         C5a: counted R&D ÷ sales over the years considered
 * @param stStaffRatio        C4: S&T staff ÷ total staff
 * @param hightechRevenueShare C6: high-tech product and service revenue ÷ total income
 * @param projectedScore      the projected innovation-capability score (C7)
 */
public record RecommendationRow(String enterpriseId, String firmName, String uscc, String technicalField,
                                String technicalFieldLabel, BigDecimal lastYearSalesCny, BigDecimal rdIntensity,
                                BigDecimal stStaffRatio, BigDecimal hightechRevenueShare, Integer projectedScore,
                                String contactName, String contactPhone, LocalDate recommendedOn) {

    /**
     * @param firm     the firm as stored now; null if it no longer exists
     * @param snapshot the entry's engine input; null when it has none
     * @param result   the engine's result for that snapshot; null when it has none
     */
    static RecommendationRow of(PoolEntry entry, Enterprise firm, FirmSnapshot snapshot, Assessment result) {
        Contact contact = firm == null || firm.profile().contacts().isEmpty() ? null : firm.profile().contacts().get(0);
        Conditions c = result == null ? null : result.conditions();
        return new RecommendationRow(entry.enterpriseId(), firm == null ? entry.firmName() : firm.name(),
                firm == null ? null : firm.uscc(), entry.technicalField(),
                snapshot == null || snapshot.techField() == null ? null : snapshot.techField().label(),
                c == null ? null : c.c5aRdIntensity().lastYearSalesCny(),
                c == null ? null : c.c5aRdIntensity().value4dp(),
                c == null ? null : c.c4StStaffRatio().value4dp(),
                c == null ? null : c.c6HightechRevenueShare().value4dp(),
                result == null ? null : result.innovationScore().projection().total(),
                contact == null ? null : contact.name(), contact == null ? null : contact.phone(),
                entry.recommendedOn());
    }

    /** The field as one text: "1.1 电子信息 / 软件 / 企业管理软件". */
    public String technicalFieldText() {
        if (technicalFieldLabel == null) {
            return technicalField;
        }
        return technicalField == null ? technicalFieldLabel : technicalField + " " + technicalFieldLabel;
    }
}
