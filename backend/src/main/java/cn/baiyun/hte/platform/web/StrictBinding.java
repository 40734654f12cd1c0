package cn.baiyun.hte.platform.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.format.support.FormatterPropertyEditorAdapter;
import org.springframework.util.StringUtils;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every page form field and request parameter bound to a handler's arguments is read, as the API's
 * bodies are ({@code platform.json.StrictInput}): text without control characters ({@link InputText}, tab
 * and line breaks allowed for text areas), dates as ISO text in the plausible years ({@link InputDates}), and
 * numbers only in the portal's own formats ({@link YuanFormatter}, {@link WholeNumberFormatter}). A refused
 * value fails its field's binding: forms show it inline ({@code typeMismatch.java.lang.String},
 * {@code typeMismatch.java.time.LocalDate}, …), other handlers answer 400. Editors, because a binder asks them
 * before its conversion service and has no fallback past them: through the conversion service alone, a value
 * the formatter refuses is retried by the bean layer's default editors, which read {@code 1e3} as a thousand.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class StrictBinding {

    @InitBinder
    void strictBinding(WebDataBinder binder) {
        applyTo(binder);
    }

    /** Editors hold the value being converted: a binder gets its own. */
    static void applyTo(DataBinder binder) {
        binder.registerCustomEditor(String.class, new Text());
        binder.registerCustomEditor(LocalDate.class, new Date());
        binder.registerCustomEditor(BigDecimal.class, new FormatterPropertyEditorAdapter(new YuanFormatter()));
        binder.registerCustomEditor(Integer.class, new FormatterPropertyEditorAdapter(new WholeNumberFormatter()));
    }

    private static final class Text extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (!InputText.acceptable(text)) {
                throw new IllegalArgumentException("Control character in a text value");
            }
            setValue(text);
        }
    }

    /** Blank is no date, as without the editor; anything else must be a plausible ISO date. */
    private static final class Date extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (!StringUtils.hasText(text)) {
                setValue(null);
                return;
            }
            LocalDate date;
            try {
                date = InputDates.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not an ISO date", e);
            }
            if (!InputDates.plausible(date)) {
                throw new IllegalArgumentException("Outside " + InputDates.FIRST + ".." + InputDates.LAST);
            }
            setValue(date);
        }

        @Override
        public String getAsText() {
            return getValue() instanceof LocalDate date ? InputDates.format(date) : "";
        }
    }
}
