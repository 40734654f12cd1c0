package cn.baiyun.hte.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Reads a posted form straight into the record a service takes, nested records and lists included
 * ({@code staff.months[3].totalEnd}, {@code incidents.items[1].type}), with Spring's constructor binding and
 * the portal's one conversion service (amounts and counts as {@link YuanFormatter} and
 * {@link WholeNumberFormatter} read them, ISO dates in the plausible years, text without control characters:
 * {@link StrictBinding}). A value that cannot be converted does not cost the
 * whole record, as it does where WebFlux binds a record as a model attribute (no object at all, so the page
 * could only answer 400): its field is left {@code null}, its error keeps what was typed, and everything
 * else is bound, so that the page can still run the domain's checks and show every problem at once.
 */
@Component
public class FormBinder {

    /** The name the binding errors are filed under, as {@code typeMismatch.form.*} message codes see it. */
    static final String OBJECT_NAME = "form";

    private final ConversionService conversions;

    FormBinder(@Qualifier("webFluxConversionService") ConversionService conversions) {
        this.conversions = conversions;
    }

    public <T> Mono<BoundForm<T>> bind(ServerWebExchange exchange, Class<T> type) {
        return exchange.getFormData().map(data -> bind(data, type));
    }

    /**
     * The record, or a 400 when the form is not one the page could have sent (a list index that is no
     * number or far beyond any row the page offers).
     */
    public <T> BoundForm<T> bind(MultiValueMap<String, String> data, Class<T> type) {
        DataBinder binder = new DataBinder(null, OBJECT_NAME);
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(conversions);
        StrictBinding.applyTo(binder);
        try {
            binder.construct(new FormValues(data));
        } catch (BeansException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ServerWebInputException("The form cannot be read as " + type.getSimpleName(), null, e);
        }
        if (binder.getTarget() == null) {
            throw new ServerWebInputException("The form cannot be read as " + type.getSimpleName());
        }
        return new BoundForm<>(type.cast(binder.getTarget()), unreadable(binder.getBindingResult()));
    }

    /**
     * The values that could not be read. Nothing given for a primitive ({@code int year} left blank) is no
     * such value, although the binder files it as one: the record gets the type's zero, and the domain's
     * rules say whether the field was needed. A well-formed date outside the plausible years is told as
     * such rather than as a format problem.
     */
    private static BindingResult unreadable(BindingResult read) {
        BindingResult unreadable = new MapBindingResult(new HashMap<>(), OBJECT_NAME);
        read.getGlobalErrors().forEach(unreadable::addError);
        read.getFieldErrors().stream().filter(e -> e.getRejectedValue() != null)
                .map(FormBinder::implausibleDate).forEach(unreadable::addError);
        return unreadable;
    }

    private static FieldError implausibleDate(FieldError error) {
        if (!(error.getRejectedValue() instanceof String text) || error.getCodes() == null
                || !List.of(error.getCodes()).contains("typeMismatch." + LocalDate.class.getName())) {
            return error;
        }
        try {
            InputDates.parse(text);
        } catch (DateTimeParseException notADate) {
            return error;
        }
        return new FieldError(OBJECT_NAME, error.getField(), text, true, new String[] {InputDates.OUT_OF_RANGE_KEY},
                new Object[] {InputDates.format(InputDates.FIRST), InputDates.format(InputDates.LAST)}, null);
    }

    /**
     * The posted values by input name; a name posted several times (check boxes) gives them all, an input
     * left blank nothing (a blank count is no count rather than a count that cannot be read). A row of a
     * list that was not posted at all (its inputs disabled, or a form that only sends the rows filled in)
     * counts as posted empty, as the rows before the last one of a list, up to the binder's limit.
     */
    private static final class FormValues implements DataBinder.ValueResolver {

        private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})]");

        private final MultiValueMap<String, String> data;
        private final Set<String> names;

        FormValues(MultiValueMap<String, String> data) {
            this.data = data;
            this.names = new LinkedHashSet<>(data.keySet());
            for (String name : data.keySet()) {
                Matcher index = INDEX.matcher(name);
                while (index.find()) {
                    int rows = Math.min(Integer.parseInt(index.group(1)), DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT);
                    String list = name.substring(0, index.start());
                    for (int row = 0; row < rows; row++) {
                        names.add(list + "[" + row + "]");
                    }
                }
            }
        }

        @Override
        public Object resolveValue(String name, Class<?> type) {
            List<String> values = data.get(name);
            if (values == null || values.isEmpty()) {
                return null;
            }
            return values.size() > 1 ? values : values.get(0).isBlank() ? null : values.get(0);
        }

        @Override
        public Set<String> getNames() {
            return names;
        }
    }
}
