package cn.baiyun.hte.platform.web;

import org.springframework.validation.BindingResult;

/**
 * A posted form read into its record. When some values could not be converted, {@code value} holds
 * everything else, those fields {@code null}, and {@code binding} their errors with what was typed
 * (shown back by {@link FormErrors#rejected}).
 */
public record BoundForm<T>(T value, BindingResult binding) {

    public boolean hasErrors() {
        return binding.hasErrors();
    }
}
