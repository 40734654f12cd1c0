package cn.baiyun.hte.filing;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a filing, each saved on its own and each returnable with a reviewer's comment. */
public enum FilingSection {
    FINANCIALS("financials", "financials"),
    RD_SPEND("rd-spend", "rdSpend"),
    STAFF("staff", "staff"),
    INCIDENTS("incidents", "incidents"),
    SELF_ASSESSMENT("self-assessment", "selfAssessment");

    private final String slug;
    private final String property;

    FilingSection(String slug, String property) {
        this.slug = slug;
        this.property = property;
    }

    /** The section's property in the filing's JSON and the prefix of its fields' paths in problems. */
    public String property() {
        return property;
    }

    /** The section's name in URLs and message keys. */
    public String slug() {
        return slug;
    }

    /**
     * Whether a firm's own software (a client bound to the firm with {@code filings:write}) may save this section:
     * the figures its books hold. Incidents and the self-assessment are the firm's people's declarations.
     */
    public boolean keptByFirmSoftware() {
        return this == FINANCIALS || this == RD_SPEND || this == STAFF;
    }

    public static Optional<FilingSection> ofSlug(String slug) {
        return Arrays.stream(values()).filter(section -> section.slug.equals(slug)).findFirst();
    }
}
