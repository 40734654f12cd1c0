package cn.baiyun.hte.pool.selfcheck;

import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.web.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * How both self-check pages (the HTE tier and the tech-based SME evaluation) answer, so that they answer alike:
 * the firm's check as of today and, when the query string holds a field of the page's what-if form, the
 * what-if's result or the form's errors in the page's error summary. The what-if is a GET form: its result is a
 * link the firm can keep or send, and nothing is stored. What each check shows is its page's {@link Parts}.
 */
@Component
class WhatIfPage {

    private final ProblemFactory messages;

    WhatIfPage(ProblemFactory messages) {
        this.messages = messages;
    }

    /**
     * A page's form: its template, where its fields' labels are in the messages (for the error summary) and the
     * fields whose presence in the query string asks for a what-if.
     */
    record Form(String view, String labels, List<String> fields) {
    }

    /** What the outcome of a what-if says about the figures typed; none means it has a result. */
    interface Outcome {
        List<FieldProblem> problems();
    }

    /** A firm's check as of today. */
    interface Check {

        Enterprise firm();

        /** False while the firm must still provide something; the page then lists what. */
        boolean made();
    }

    /**
     * What one page shows of its check.
     *
     * @param <C> the check
     * @param <W> the what-if form as typed
     * @param <R> the what-if's outcome
     */
    interface Parts<C extends Check, W, R extends Outcome> {

        /** The check's own result, in the model. */
        void today(C check, Model model);

        R whatIf(C check, W typed);

        /** A what-if's result next to today's, in the model. */
        void result(C check, R outcome, Model model);
    }

    /** The answer of a page of {@code form}; fields that could not be converted are empty in {@code typed}. */
    <C extends Check, W, R extends Outcome> Mono<String> show(Mono<C> check, Form form, Parts<C, W, R> parts, W typed,
                                                 BindingResult binding, ServerWebExchange exchange, Model model,
                                                 Locale locale) {
        boolean asked = form.fields().stream().anyMatch(exchange.getRequest().getQueryParams()::containsKey);
        return check.map(made -> {
            model.addAttribute("firm", made.firm());
            model.addAttribute("check", made);
            model.addAttribute("errors", FormErrors.none());
            if (!made.made()) {
                return form.view();
            }
            parts.today(made, model);
            if (asked) {
                // The figures that were converted are still checked, so every error is shown at once.
                R outcome = parts.whatIf(made, typed);
                if (binding.hasErrors() || !outcome.problems().isEmpty()) {
                    model.addAttribute("errors", FormErrors.of(binding, outcome.problems(), messages, locale,
                            form.labels()));
                } else {
                    parts.result(made, outcome, model);
                }
            }
            return form.view();
        });
    }
}
