package cn.baiyun.hte.enterprise;

import java.time.Instant;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A firm, identified by its unified social credit code. It comes into being with the first claim and
 * is {@linkplain #verified() verified} once a reviewer approves a claim; from then on its code is fixed.
 */
@Document("enterprises")
@WithOutbox
@CompoundIndex(name = "by_field", def = "{'profile.technicalField': 1, '_id': 1}")
@CompoundIndex(name = "by_stage", def = "{'profile.lifecycleStage': 1, '_id': 1}")
@CompoundIndex(name = "by_verification", def = "{'verifiedAt': 1, '_id': 1}")
// The programme's certificate figures (FirmFigures: the dashboard, chains, subsidies): valid on a day, issued or
// expiring in a year, with the above-size flag the dashboard counts beside them; the tech-based SME cohorts.
@CompoundIndex(name = "by_hte_issue", def = "{'profile.hteCertificate.issueDate': 1, 'profile.aboveDesignatedSize': 1}")
@CompoundIndex(name = "by_specialised_validity", def = "{'profile.specialized.validTo': 1, 'profile.specialized.validFrom': 1}")
@CompoundIndex(name = "by_tech_sme_year", def = "{'profile.techSme.year': 1}")
public record Enterprise(@Id String id, @Indexed(unique = true) String uscc, EnterpriseProfile profile,
                         @Indexed String nameKey, Instant verifiedAt, Instant createdAt, Instant updatedAt,
                         @Version Long version) {

    static Enterprise claimed(String uscc, String name, Instant now) {
        return new Enterprise(null, uscc, EnterpriseProfile.named(name), nameKey(name), null, now, now, null);
    }

    public boolean verified() {
        return verifiedAt != null;
    }

    public String name() {
        return profile.name();
    }

    Enterprise withProfile(EnterpriseProfile newProfile, Instant now) {
        return new Enterprise(id, uscc, newProfile, nameKey(newProfile.name()), verifiedAt, createdAt, now, version);
    }

    /** The name as searched: prefix queries run on this normalized copy with an anchored regex. */
    static String nameKey(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
