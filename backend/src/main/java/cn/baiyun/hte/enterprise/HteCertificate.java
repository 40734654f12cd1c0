package cn.baiyun.hte.enterprise;

import java.time.LocalDate;

/** A high-tech enterprise certificate; recognition lasts three years from the issue date. */
public record HteCertificate(String number, LocalDate issueDate) {

    public static final int VALID_YEARS = 3;

    public LocalDate validUntil() {
        return issueDate.plusYears(VALID_YEARS).minusDays(1);
    }
}
