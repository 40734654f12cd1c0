package cn.baiyun.hte.enterprise;

import java.time.LocalDate;
import java.util.List;

/**
 * What a firm keeps about itself; everything here is editable by its approved members and by reviewers.
 * Flags are {@code Boolean} because "not yet answered" differs from "no".
 */
public record EnterpriseProfile(String name, LocalDate registrationDate, String address, String district,
                                String technicalField, Boolean residentEnterprise, Boolean industrial,
                                Boolean aboveDesignatedSize, SpecializedCertificate specialized,
                                HteCertificate hteCertificate, TechSmeRegistration techSme,
                                LifecycleStage lifecycleStage, List<Contact> contacts) {

    public EnterpriseProfile {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    static EnterpriseProfile named(String name) {
        return new EnterpriseProfile(name, null, null, null, null, null, null, null, null, null, null,
                LifecycleStage.REGISTERED_FIRM, List.of());
    }
}
