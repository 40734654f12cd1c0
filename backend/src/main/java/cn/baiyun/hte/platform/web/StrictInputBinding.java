package cn.baiyun.hte.platform.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.util.StringUtils;
import org.springframework.validation.DataBinder;

/**
 * How every page form field and request parameter bound to a handler's arguments is read, as the API's
 * bodies are ({@code platform.json.StrictInput}): text without control characters ({@link InputText}, tab
 * and line breaks allowed for text areas) and dates as ISO text in the plausible years ({@link InputDates}).
 * A refused value fails its field's binding: forms show it inline ({@code typeMismatch.java.lang.String},
 * {@code typeMismatch.java.time.LocalDate}), other handlers answer 400. Editors, as in {@link StrictNumbers},
 * because a binder asks them before its conversion service and has no fallback past them. Every handler's
 * binder gets them through {@link StrictBinding}, {@link FormBinder}'s directly.
 */
final class StrictInputBinding {

    private StrictInputBinding() {
    }

    /** Editors hold the value being converted: a binder gets its own. */
    static void applyTo(DataBinder binder) {
        binder.registerCustomEditor(String.class, new Text());
        binder.registerCustomEditor(LocalDate.class, new Date());
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
