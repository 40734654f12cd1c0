package cn.baiyun.hte.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A policy as a reviewer describes it (its PDF travels apart): Chinese title, issuer and summary required,
 * English optional; the document number (文号) as printed on it, e.g. 筑府办函〔2022〕24号; the day it was
 * issued; and the tags readers filter by.
 */
public record PolicyDetails(String titleZh, String titleEn, String issuerZh, String issuerEn, String documentNumber,
                            LocalDate issuedOn, String summaryZh, String summaryEn, List<String> tags) {

    public PolicyDetails {
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
    }
}
