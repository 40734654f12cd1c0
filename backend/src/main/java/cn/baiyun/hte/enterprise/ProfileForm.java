package cn.baiyun.hte.enterprise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The profile page's form. A mutable bean whose property paths equal the field paths of
 * {@link ProfileValidator} ({@code specialized.validTo}, {@code contacts[1].email}), so a problem found by
 * the validator lands next to the input it concerns.
 */
public class ProfileForm {

    static final int CONTACT_ROWS = 2;

    private String name;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationDate;
    private String address;
    private String district;
    private String technicalField;
    private Boolean residentEnterprise;
    private Boolean industrial;
    private Boolean aboveDesignatedSize;
    private Specialized specialized = new Specialized();
    private Hte hteCertificate = new Hte();
    private TechSme techSme = new TechSme();
    private LifecycleStage lifecycleStage;
    private List<ContactRow> contacts = new ArrayList<>();
    private Long version;

    static ProfileForm of(Enterprise enterprise) {
        EnterpriseProfile p = enterprise.profile();
        ProfileForm form = new ProfileForm();
        form.name = p.name();
        form.registrationDate = p.registrationDate();
        form.address = p.address();
        form.district = p.district();
        form.technicalField = p.technicalField();
        form.residentEnterprise = p.residentEnterprise();
        form.industrial = p.industrial();
        form.aboveDesignatedSize = p.aboveDesignatedSize();
        if (p.specialized() != null) {
            SpecializedCertificate s = p.specialized();
            form.specialized = new Specialized(s.level(), s.issuer(), s.validFrom(), s.validTo());
        }
        if (p.hteCertificate() != null) {
            form.hteCertificate = new Hte(p.hteCertificate().number(), p.hteCertificate().issueDate());
        }
        if (p.techSme() != null) {
            form.techSme = new TechSme(p.techSme().number(), p.techSme().year());
        }
        form.lifecycleStage = p.lifecycleStage();
        p.contacts().forEach(c -> form.contacts.add(new ContactRow(c.name(), c.position(), c.phone(), c.email())));
        form.version = enterprise.version();
        return form.withContactRows();
    }

    /** Pads the contact rows so that the page always offers {@value #CONTACT_ROWS} of them. */
    ProfileForm withContactRows() {
        while (contacts.size() < CONTACT_ROWS) {
            contacts.add(new ContactRow());
        }
        return this;
    }

    EnterpriseProfile toProfile() {
        return new EnterpriseProfile(trim(name), registrationDate, trim(address), trim(district), trim(technicalField),
                residentEnterprise, industrial, aboveDesignatedSize, specialized.toCertificate(),
                hteCertificate.toCertificate(), techSme.toRegistration(), lifecycleStage,
                contacts.stream().filter(row -> !row.blank()).map(ContactRow::toContact).toList());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static class Specialized {
        private SpecializedCertificate.Level level;
        private String issuer;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validTo;

        public Specialized() {
        }

        Specialized(SpecializedCertificate.Level level, String issuer, LocalDate validFrom, LocalDate validTo) {
            this.level = level;
            this.issuer = issuer;
            this.validFrom = validFrom;
            this.validTo = validTo;
        }

        SpecializedCertificate toCertificate() {
            boolean empty = level == null && trim(issuer) == null && validFrom == null && validTo == null;
            return empty ? null : new SpecializedCertificate(level, trim(issuer), validFrom, validTo);
        }

        public SpecializedCertificate.Level getLevel() { return level; }
        public void setLevel(SpecializedCertificate.Level level) { this.level = level; }
        public String getIssuer() { return issuer; }
        public void setIssuer(String issuer) { this.issuer = issuer; }
        public LocalDate getValidFrom() { return validFrom; }
        public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
        public LocalDate getValidTo() { return validTo; }
        public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    }

    public static class Hte {
        private String number;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate issueDate;

        public Hte() {
        }

        Hte(String number, LocalDate issueDate) {
            this.number = number;
            this.issueDate = issueDate;
        }

        HteCertificate toCertificate() {
            return trim(number) == null && issueDate == null ? null : new HteCertificate(trim(number), issueDate);
        }

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public LocalDate getIssueDate() { return issueDate; }
        public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    }

    public static class TechSme {
        private String number;
        private Integer year;

        public TechSme() {
        }

        TechSme(String number, Integer year) {
            this.number = number;
            this.year = year;
        }

        TechSmeRegistration toRegistration() {
            if (trim(number) == null && year == null) {
                return null;
            }
            return new TechSmeRegistration(trim(number), year == null ? 0 : year);
        }

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
    }

    public static class ContactRow {
        private String name;
        private String position;
        private String phone;
        private String email;

        public ContactRow() {
        }

        ContactRow(String name, String position, String phone, String email) {
            this.name = name;
            this.position = position;
            this.phone = phone;
            this.email = email;
        }

        boolean blank() {
            return trim(name) == null && trim(position) == null && trim(phone) == null && trim(email) == null;
        }

        Contact toContact() {
            return new Contact(trim(name), trim(position), trim(phone), trim(email));
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getRegistrationDate() { return registrationDate; }
    public void setRegistrationDate(LocalDate registrationDate) { this.registrationDate = registrationDate; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getTechnicalField() { return technicalField; }
    public void setTechnicalField(String technicalField) { this.technicalField = technicalField; }
    public Boolean getResidentEnterprise() { return residentEnterprise; }
    public void setResidentEnterprise(Boolean residentEnterprise) { this.residentEnterprise = residentEnterprise; }
    public Boolean getIndustrial() { return industrial; }
    public void setIndustrial(Boolean industrial) { this.industrial = industrial; }
    public Boolean getAboveDesignatedSize() { return aboveDesignatedSize; }
    public void setAboveDesignatedSize(Boolean aboveDesignatedSize) { this.aboveDesignatedSize = aboveDesignatedSize; }
    public Specialized getSpecialized() { return specialized; }
    public void setSpecialized(Specialized specialized) { this.specialized = specialized; }
    public Hte getHteCertificate() { return hteCertificate; }
    public void setHteCertificate(Hte hteCertificate) { this.hteCertificate = hteCertificate; }
    public TechSme getTechSme() { return techSme; }
    public void setTechSme(TechSme techSme) { this.techSme = techSme; }
    public LifecycleStage getLifecycleStage() { return lifecycleStage; }
    public void setLifecycleStage(LifecycleStage lifecycleStage) { this.lifecycleStage = lifecycleStage; }
    public List<ContactRow> getContacts() { return contacts; }
    public void setContacts(List<ContactRow> contacts) { this.contacts = contacts; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
