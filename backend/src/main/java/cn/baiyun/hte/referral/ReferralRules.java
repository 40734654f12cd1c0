package cn.baiyun.hte.referral;

import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.enterprise.UsccCheck;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;

/**
 * What a referral must satisfy, every problem at once against the request's field names. Texts are
 * stripped; an empty note is no note.
 */
final class ReferralRules {

    /** As long as a claimed firm's name may be. */
    static final int MAX_NAME = 100;
    static final int MAX_NOTE = 1000;
    static final int MAX_CONTACT = 100;

    private ReferralRules() {
    }

    /** A valid request's parts, normalized. */
    record Checked(UnifiedSocialCreditCode uscc, String firmName, String note, String contact) {
    }

    static Checked check(ReferralRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        UsccCheck code = UnifiedSocialCreditCode.parse(request.uscc());
        code.problemIfInvalid().ifPresent(problem ->
                problems.add(new FieldProblem("uscc", problem.messageKey(), problem.args())));
        String name = strip(request.firmName());
        if (name == null) {
            problems.add(new FieldProblem("firmName", "NotBlank"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("firmName", "referral.text.too-long", MAX_NAME));
        }
        String note = optional("note", request.note(), MAX_NOTE, problems);
        String contact = optional("contact", request.contact(), MAX_CONTACT, problems);
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        return new Checked(code.codeIfValid().orElseThrow(), name, note, contact);
    }

    private static String optional(String field, String text, int maxLength, List<FieldProblem> problems) {
        String stripped = strip(text);
        if (stripped != null && stripped.length() > maxLength) {
            problems.add(new FieldProblem(field, "referral.text.too-long", maxLength));
        }
        return stripped;
    }

    /**
     * The reason a reviewer gives for declining a referral: required, and within the note's length. Control
     * characters are refused for every field before this, by the request's binding (API and forms alike).
     */
    static String declineReason(String reason) {
        String stripped = strip(reason);
        if (stripped == null) {
            throw PortalException.invalid(new FieldProblem("reason", "NotBlank"));
        }
        if (stripped.length() > MAX_NOTE) {
            throw PortalException.invalid(new FieldProblem("reason", "referral.text.too-long", MAX_NOTE));
        }
        return stripped;
    }

    /** The text without surrounding blanks, or {@code null} when nothing is left. */
    static String strip(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
