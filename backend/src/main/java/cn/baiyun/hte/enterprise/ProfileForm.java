package cn.baiyun.hte.enterprise;

import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.web.KeptRows;

/**
 * What the profile page's form shows: the profile as saved, or as just posted (a field that could not be
 * read is empty here and shown from its error with what was typed), its contacts with empty rows to fill
 * in, and the version the page was read at. Input names are the field paths of {@link ProfileValidator}
 * ({@code specialized.validTo}, {@code contacts[1].email}), so that a problem lands next to its input; the
 * posted form is read straight into an {@link EnterpriseProfile} ({@code platform.web.FormBinder}).
 */
public final class ProfileForm {

    static final int CONTACT_ROWS = 2;

    private static final Contact NO_CONTACT = new Contact(null, null, null, null);

    private final String version;
    private final EnterpriseProfile profile;

    private ProfileForm(String version, EnterpriseProfile profile) {
        this.version = version;
        this.profile = profile;
    }

    static ProfileForm of(Enterprise enterprise) {
        return new ProfileForm(String.valueOf(enterprise.version()), enterprise.profile());
    }

    /** The form as posted: contact rows in the places they were typed, blank ones included. */
    static ProfileForm posted(String version, EnterpriseProfile profile) {
        return new ProfileForm(version, profile);
    }

    /**
     * The profile as the service takes it: texts trimmed, a certificate or registration nothing was typed
     * for left out, blank contact rows left out.
     */
    EnterpriseProfile toProfile() {
        EnterpriseProfile p = profile;
        return new EnterpriseProfile(trim(p.name()), p.registrationDate(), trim(p.address()), trim(p.district()),
                trim(p.technicalField()), p.residentEnterprise(), p.industrial(), p.aboveDesignatedSize(),
                specialized(p.specialized()), hte(p.hteCertificate()), techSme(p.techSme()), p.lifecycleStage(),
                p.contacts().stream().filter(c -> !blank(c)).map(ProfileForm::trimmed).toList());
    }

    /** The problem with its path pointing at the page's contact row: blank rows before it are not saved. */
    FieldProblem onPage(FieldProblem problem) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < profile.contacts().size(); i++) {
            if (!blank(profile.contacts().get(i))) {
                kept.add(i);
            }
        }
        return new KeptRows(kept).onPage(problem);
    }

    private static SpecializedCertificate specialized(SpecializedCertificate s) {
        if (s == null || s.level() == null && trim(s.issuer()) == null && s.validFrom() == null && s.validTo() == null) {
            return null;
        }
        return new SpecializedCertificate(s.level(), trim(s.issuer()), s.validFrom(), s.validTo());
    }

    private static HteCertificate hte(HteCertificate h) {
        return h == null || trim(h.number()) == null && h.issueDate() == null ? null
                : new HteCertificate(trim(h.number()), h.issueDate());
    }

    /** A year left empty reads as 0, which the rules refuse, rather than as no registration. */
    private static TechSmeRegistration techSme(TechSmeRegistration t) {
        return t == null || trim(t.number()) == null && t.year() == 0 ? null
                : new TechSmeRegistration(trim(t.number()), t.year());
    }

    private static boolean blank(Contact c) {
        return trim(c.name()) == null && trim(c.position()) == null && trim(c.phone()) == null
                && trim(c.email()) == null;
    }

    private static Contact trimmed(Contact c) {
        return new Contact(trim(c.name()), trim(c.position()), trim(c.phone()), trim(c.email()));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getVersion() {
        return version;
    }

    public EnterpriseProfile getProfile() {
        return profile;
    }

    /** The contacts in their places, padded to {@value #CONTACT_ROWS} rows. */
    public List<Contact> getContactRows() {
        List<Contact> rows = new ArrayList<>(profile.contacts());
        while (rows.size() < CONTACT_ROWS) {
            rows.add(NO_CONTACT);
        }
        return rows;
    }
}
