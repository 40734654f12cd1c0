package cn.baiyun.hte.enterprise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.baiyun.hte.platform.error.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The rules a firm profile must satisfy before it is stored. Answers every problem at once, each
 * against its field path ({@code specialized.validTo}, {@code contacts[0].email}), so that a form can
 * show all of them next to their fields.
 */
@Component
class ProfileValidator {

    static final int MAX_TEXT = 200;
    static final int FIRST_TECH_SME_YEAR = 2017;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\- ]{5,20}$");

    private final TechnicalFieldCatalogue catalogue;
    private final Clock clock;

    ProfileValidator(TechnicalFieldCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    List<FieldProblem> validate(EnterpriseProfile profile) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (profile.name() == null || profile.name().isBlank()) {
            problems.add(new FieldProblem("name", "NotBlank"));
        } else if (profile.name().strip().length() > ClaimService.MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("name", "enterprise.name.too-long", ClaimService.MAX_NAME_LENGTH));
        }
        if (profile.lifecycleStage() == null) {
            problems.add(new FieldProblem("lifecycleStage", "NotNull"));
        }
        notInFuture(problems, "registrationDate", profile.registrationDate(), today);
        maxLength(problems, "address", profile.address());
        maxLength(problems, "district", profile.district());
        if (profile.technicalField() != null && !catalogue.isAssignable(profile.technicalField())) {
            problems.add(new FieldProblem("technicalField", "enterprise.technical-field.unknown", profile.technicalField()));
        }
        validateSpecialized(problems, profile.specialized());
        validateHte(problems, profile.hteCertificate(), today);
        validateTechSme(problems, profile.techSme(), today);
        for (int i = 0; i < profile.contacts().size(); i++) {
            validateContact(problems, "contacts[" + i + "].", profile.contacts().get(i));
        }
        return problems;
    }

    private static void validateSpecialized(List<FieldProblem> problems, SpecializedCertificate certificate) {
        if (certificate == null) {
            return;
        }
        required(problems, "specialized.level", certificate.level());
        requiredText(problems, "specialized.issuer", certificate.issuer());
        required(problems, "specialized.validFrom", certificate.validFrom());
        required(problems, "specialized.validTo", certificate.validTo());
        if (certificate.validFrom() != null && certificate.validTo() != null
                && certificate.validTo().isBefore(certificate.validFrom())) {
            problems.add(new FieldProblem("specialized.validTo", "enterprise.dates.order"));
        }
    }

    private static void validateHte(List<FieldProblem> problems, HteCertificate certificate, LocalDate today) {
        if (certificate == null) {
            return;
        }
        requiredText(problems, "hteCertificate.number", certificate.number());
        required(problems, "hteCertificate.issueDate", certificate.issueDate());
        notInFuture(problems, "hteCertificate.issueDate", certificate.issueDate(), today);
    }

    private static void validateTechSme(List<FieldProblem> problems, TechSmeRegistration registration, LocalDate today) {
        if (registration == null) {
            return;
        }
        requiredText(problems, "techSme.number", registration.number());
        if (registration.year() < FIRST_TECH_SME_YEAR || registration.year() > today.getYear()) {
            // Years as text, so that the message does not print them with a thousands separator ("2,017").
            problems.add(new FieldProblem("techSme.year", "enterprise.tech-sme.year",
                    String.valueOf(FIRST_TECH_SME_YEAR), String.valueOf(today.getYear())));
        }
    }

    private static void validateContact(List<FieldProblem> problems, String path, Contact contact) {
        requiredText(problems, path + "name", contact.name());
        maxLength(problems, path + "position", contact.position());
        if (contact.email() != null && !contact.email().isBlank() && !EMAIL.matcher(contact.email()).matches()) {
            problems.add(new FieldProblem(path + "email", "Email"));
        }
        if (contact.phone() != null && !contact.phone().isBlank() && !PHONE.matcher(contact.phone()).matches()) {
            problems.add(new FieldProblem(path + "phone", "enterprise.phone"));
        }
    }

    private static void notInFuture(List<FieldProblem> problems, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            problems.add(new FieldProblem(field, "PastOrPresent"));
        }
    }

    private static void maxLength(List<FieldProblem> problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "enterprise.text.too-long", MAX_TEXT));
        }
    }

    private static void required(List<FieldProblem> problems, String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "NotNull"));
        }
    }

    private static void requiredText(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "NotBlank"));
        }
    }
}
