package cn.baiyun.hte.platform.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.Problem;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.platform.error.ProblemFactory;
import org.springframework.validation.BindingResult;

/**
 * The messages a form shows: one per field, inline and in the error summary at the top of the page,
 * in the order the fields were checked, each naming its field ({@link FieldNames}), so that a summary of
 * several problems says which field each is about. Field paths are the form's own input names. All of a
 * form's problems are shown at once: a value that could not be read and the rules the rest breaks.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final Map<String, Object> rejected = new LinkedHashMap<>();
    private String general;

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * The values that could not be read and the problems the rules found with the rest; where a field has
     * both, the reading error is shown (the rules saw nothing there). {@code labelPrefixes} are the
     * form's own prefixes of its field names' message keys, tried before the portal's ({@link FieldNames}).
     */
    public static FormErrors of(BindingResult binding, List<FieldProblem> problems, ProblemFactory messages,
                                Locale locale, String... labelPrefixes) {
        FormErrors errors = new FormErrors();
        FieldNames names = new FieldNames(messages, locale, labelPrefixes);
        binding.getFieldErrors().forEach(e -> {
            errors.byField.putIfAbsent(e.getField(), names.named(e.getField(), messages.message(e, locale)));
            if (e.getRejectedValue() != null) {
                errors.rejected.putIfAbsent(e.getField(), e.getRejectedValue());
            }
        });
        problems.forEach(p -> errors.byField.putIfAbsent(p.field(), names.named(p.field(), messages.message(p, locale))));
        return errors;
    }

    /** Field problems go next to their fields; any other problem becomes the page's general message. */
    public static FormErrors of(PortalException error, ProblemFactory messages, Locale locale,
                                String... labelPrefixes) {
        FormErrors errors = new FormErrors();
        FieldNames names = new FieldNames(messages, locale, labelPrefixes);
        Problem problem = messages.create(error, locale, null);
        if (problem.errors() != null) {
            problem.errors().forEach(e -> errors.byField.putIfAbsent(e.field(), names.named(e.field(), e.message())));
        }
        if (error.type() != ProblemType.VALIDATION) {
            errors.general = problem.detail();
        }
        return errors;
    }

    /**
     * Like {@link #of(PortalException, ProblemFactory, Locale, String...)}, with each field problem's path
     * first moved from the saved value's to the page's input ({@code onPage}): where blank rows are not
     * saved, or one input holds a whole list, the two differ.
     */
    public static FormErrors of(PortalException error, UnaryOperator<FieldProblem> onPage, ProblemFactory messages,
                                Locale locale, String... labelPrefixes) {
        PortalException shown = error.type() != ProblemType.VALIDATION ? error
                : PortalException.invalid(error.fieldProblems().stream().map(onPage).toList());
        return of(shown, messages, locale, labelPrefixes);
    }

    /**
     * One problem's message naming its field, for a page that lists the problems of other pages' forms
     * (a filing's check page).
     */
    public static String message(FieldProblem problem, ProblemFactory messages, Locale locale,
                                 String... labelPrefixes) {
        return new FieldNames(messages, locale, labelPrefixes).named(problem.field(), messages.message(problem, locale));
    }

    /**
     * Whether an error belongs on the form that caused it (bad input, a state conflict, a stale version)
     * rather than on an error page (not found, forbidden).
     */
    public static boolean shownOnForm(Throwable error) {
        return error instanceof PortalException portal && switch (portal.type()) {
            case VALIDATION, CONFLICT, STALE_VERSION, PRECONDITION_REQUIRED -> true;
            default -> false;
        };
    }


    public boolean any() {
        return general != null || !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    /** What the reader typed into a field that could not even be converted, to show it back to them. */
    public Object rejected(String field) {
        return rejected.get(field);
    }

    public String getGeneral() {
        return general;
    }

    public Collection<Map.Entry<String, String>> getAll() {
        return byField.entrySet();
    }

    /** The id of the input for a field path, as the summary links to it. */
    public String inputId(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
