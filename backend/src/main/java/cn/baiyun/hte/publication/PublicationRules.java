package cn.baiyun.hte.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.web.InputText;
import org.springframework.stereotype.Component;

/**
 * What an announcement and a policy must satisfy, all problems at once against the request's field names.
 * Texts are stripped and an empty optional text stored as none; Chinese is required, English optional. A
 * policy is issued on a day not after today; its tags are short and few, each kept once.
 */
@Component
class PublicationRules {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    static final int MAX_SUMMARY = 4_000;
    static final int MAX_ISSUER = 100;
    static final int MAX_DOCUMENT_NUMBER = 60;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 20;
    /** The oldest policy the library takes: the national HTE rules go back to the 2000s. */
    static final LocalDate OLDEST_POLICY = LocalDate.of(1980, 1, 1);

    private final Clock clock;

    PublicationRules(Clock clock) {
        this.clock = clock;
    }

    AnnouncementDetails normalized(AnnouncementDetails d) {
        return new AnnouncementDetails(strip(d.titleZh()), strip(d.titleEn()), d.category(), strip(d.bodyZh()),
                strip(d.bodyEn()));
    }

    PolicyDetails normalized(PolicyDetails d) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        d.tags().stream().map(PublicationRules::strip).filter(t -> t != null).forEach(tags::add);
        return new PolicyDetails(strip(d.titleZh()), strip(d.titleEn()), strip(d.issuerZh()), strip(d.issuerEn()),
                strip(d.documentNumber()), d.issuedOn(), strip(d.summaryZh()), strip(d.summaryEn()),
                List.copyOf(tags));
    }

    List<FieldProblem> problems(AnnouncementDetails d) {
        Checks checks = new Checks();
        checks.text("titleZh", d.titleZh(), MAX_TITLE, true);
        checks.text("titleEn", d.titleEn(), MAX_TITLE, false);
        if (d.category() == null) {
            checks.add("category", "NotNull");
        }
        checks.text("bodyZh", d.bodyZh(), MAX_BODY, true);
        checks.text("bodyEn", d.bodyEn(), MAX_BODY, false);
        return checks.problems;
    }

    List<FieldProblem> problems(PolicyDetails d) {
        Checks checks = new Checks();
        checks.text("titleZh", d.titleZh(), MAX_TITLE, true);
        checks.text("titleEn", d.titleEn(), MAX_TITLE, false);
        checks.text("issuerZh", d.issuerZh(), MAX_ISSUER, true);
        checks.text("issuerEn", d.issuerEn(), MAX_ISSUER, false);
        checks.text("documentNumber", d.documentNumber(), MAX_DOCUMENT_NUMBER, true);
        LocalDate today = LocalDate.now(clock);
        if (d.issuedOn() == null) {
            checks.add("issuedOn", "NotNull");
        } else if (d.issuedOn().isAfter(today) || d.issuedOn().isBefore(OLDEST_POLICY)) {
            checks.add("issuedOn", "publication.issued-on.range", OLDEST_POLICY, today);
        }
        checks.text("summaryZh", d.summaryZh(), MAX_SUMMARY, true);
        checks.text("summaryEn", d.summaryEn(), MAX_SUMMARY, false);
        if (d.tags().size() > MAX_TAGS) {
            checks.add("tags", "publication.tags.too-many", MAX_TAGS);
        }
        for (String tag : d.tags()) {
            if (tag.length() > MAX_TAG) {
                checks.add("tags", "publication.tag.too-long", tag, MAX_TAG);
                break;
            }
            if (!InputText.acceptableLine(tag)) {
                checks.add("tags", InputText.CONTROL_CHARACTER_KEY);
                break;
            }
        }
        return checks.problems;
    }

    static String strip(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static final class Checks {

        private final List<FieldProblem> problems = new ArrayList<>();

        void add(String field, String messageKey, Object... args) {
            problems.add(new FieldProblem(field, messageKey, args));
        }

        void text(String field, String text, int maxLength, boolean required) {
            if (text == null) {
                if (required) {
                    add(field, "NotBlank");
                }
            } else if (text.length() > maxLength) {
                add(field, "publication.text.too-long", maxLength);
            } else if (!InputText.acceptable(text)) {
                add(field, InputText.CONTROL_CHARACTER_KEY);
            }
        }
    }
}
