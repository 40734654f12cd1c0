package cn.baiyun.hte.platform.web;

import java.math.BigDecimal;

import org.springframework.format.support.FormatterPropertyEditorAdapter;
import org.springframework.validation.DataBinder;

/**
 * Makes the portal's number formats the only way a page reads a number. Through the conversion service
 * alone, a value the formatter refuses is retried by the bean layer's default editors, which read
 * {@code 1e3} as a thousand and would accept what the forms promise to refuse; an editor registered on
 * the binder is asked first and has no such fallback. Every handler's binder gets them through
 * {@link StrictBinding}, {@link FormBinder}'s directly.
 */
final class StrictNumbers {

    private StrictNumbers() {
    }

    /** Editors hold the value being converted: a binder gets its own. */
    static void applyTo(DataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new FormatterPropertyEditorAdapter(new YuanFormatter()));
        binder.registerCustomEditor(Integer.class, new FormatterPropertyEditorAdapter(new WholeNumberFormatter()));
    }
}
