package cn.baiyun.hte.roadshow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;

/**
 * What a registration must satisfy for its event, every problem at once against the form's field names: at
 * least one attendee and no more than the event allows, each with a name, a role and a mainland mobile
 * number; for a roadshow the pitch (project, summary, a positive amount sought in yuan with at most two
 * decimals, the stage, the use of funds). A training's registration has no pitch, whatever the form says.
 */
final class RegistrationRules {

    /** The API's name of the firm signing up (the sign-up page's is {@code firm}). */
    static final String FIRM = "enterpriseId";
    /** Mainland mobile numbers: 11 digits, 13x to 19x. */
    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    static final int MAX_NAME = 50;
    static final int MAX_PROJECT = 100;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_USE_OF_FUNDS = 1000;
    /** Ten trillion yuan: far above any financing round, far below what Decimal128 holds. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");

    private RegistrationRules() {
    }

    record Checked(Pitch pitch, List<Attendee> attendees, boolean consentToShareContacts) {
    }

    static Checked check(RegistrationForm form, Roadshow roadshow) {
        return check(new ArrayList<>(), form, roadshow);
    }

    /**
     * A sign-up's: the form's and whether it names the firm signing up (a member of several firms must
     * choose one), told together.
     */
    static Checked checkSignUp(boolean firmChosen, RegistrationForm form, Roadshow roadshow) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!firmChosen) {
            problems.add(new FieldProblem(FIRM, "roadshow.firm.required"));
        }
        return check(problems, form, roadshow);
    }

    private static Checked check(List<FieldProblem> problems, RegistrationForm form, Roadshow roadshow) {
        Pitch pitch = roadshow.kind().pitches() ? pitch(problems, form) : null;
        List<Attendee> attendees = attendees(problems, form.attendees(), roadshow.attendeesPerFirm());
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        return new Checked(pitch, attendees, Boolean.TRUE.equals(form.consentToShareContacts()));
    }

    private static Pitch pitch(List<FieldProblem> problems, RegistrationForm form) {
        String project = RoadshowRules.required(problems, "projectName", form.projectName(), MAX_PROJECT);
        String summary = RoadshowRules.required(problems, "summary", form.summary(), MAX_SUMMARY);
        String useOfFunds = RoadshowRules.required(problems, "useOfFunds", form.useOfFunds(), MAX_USE_OF_FUNDS);
        BigDecimal amount = form.financingSought();
        if (amount == null) {
            problems.add(new FieldProblem("financingSought", "NotNull"));
        } else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("financingSought", "roadshow.amount.invalid"));
        }
        if (form.stage() == null) {
            problems.add(new FieldProblem("stage", "NotNull"));
        }
        // Stored with two decimals, so that equal amounts are stored alike; a refused amount never gets here.
        BigDecimal yuan = amount == null || amount.stripTrailingZeros().scale() > 2 ? amount
                : amount.setScale(2, RoundingMode.UNNECESSARY);
        return new Pitch(project, summary, yuan, form.stage(), useOfFunds);
    }

    private static List<Attendee> attendees(List<FieldProblem> problems, List<Attendee> given, int limit) {
        List<Attendee> attendees = given == null ? List.of() : given.stream().filter(a -> a != null
                && (RoadshowRules.strip(a.name()) != null || RoadshowRules.strip(a.role()) != null
                || RoadshowRules.strip(a.mobile()) != null)).toList();
        if (attendees.isEmpty()) {
            problems.add(new FieldProblem("attendees", "roadshow.attendees.none"));
        } else if (attendees.size() > limit) {
            problems.add(new FieldProblem("attendees", "roadshow.attendees.too-many", limit));
        }
        List<Attendee> checked = new ArrayList<>();
        for (int i = 0; i < attendees.size(); i++) {
            Attendee attendee = attendees.get(i);
            String prefix = "attendees[" + i + "].";
            String name = RoadshowRules.required(problems, prefix + "name", attendee.name(), MAX_NAME);
            String role = RoadshowRules.required(problems, prefix + "role", attendee.role(), MAX_NAME);
            String mobile = RoadshowRules.strip(attendee.mobile());
            if (mobile == null) {
                problems.add(new FieldProblem(prefix + "mobile", "NotBlank"));
            } else if (!MOBILE.matcher(mobile).matches()) {
                problems.add(new FieldProblem(prefix + "mobile", "roadshow.mobile.invalid"));
            }
            checked.add(new Attendee(name, role, mobile));
        }
        return checked;
    }
}
