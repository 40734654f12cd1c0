package cn.baiyun.hte.platform.error;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns anything that went wrong into a localized {@link Problem}; the one place that knows how. */
@Component
public class ProblemFactory {

    private static final Logger log = LoggerFactory.getLogger(ProblemFactory.class);

    private final MessageSource messages;

    ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public Problem create(Throwable error, Locale locale, String path) {
        if (error instanceof PortalException portal) {
            return problem(portal.type(), message(portal.detailKey(), portal.detailArgs(), locale), path,
                    portal.fieldProblems().stream().map(p -> fieldError(p, locale)).toList(), locale);
        }
        if (error instanceof WebExchangeBindException binding) {
            return fromBindingResult(binding.getBindingResult(), locale, path);
        }
        FieldProblem unreadable = unreadableField(error);
        if (unreadable != null) {
            return problem(ProblemType.VALIDATION, message(ProblemType.VALIDATION.detailKey(), new Object[0], locale),
                    path, List.of(fieldError(unreadable, locale)), locale);
        }
        if (error instanceof OptimisticLockingFailureException) {
            return of(ProblemType.STALE_VERSION, locale, path);
        }
        if (error instanceof AuthenticationException) {
            return of(ProblemType.UNAUTHORIZED, locale, path);
        }
        if (error instanceof AccessDeniedException) {
            return of(ProblemType.FORBIDDEN, locale, path);
        }
        ProblemType type = typeOf(error);
        if (type == ProblemType.INTERNAL) {
            log.error("Unexpected error at {}", path, error);
        }
        return of(type, locale, path);
    }

    public Problem fromBindingResult(BindingResult result, Locale locale, String path) {
        List<Problem.FieldError> errors = result.getFieldErrors().stream()
                .map(e -> new Problem.FieldError(e.getField(), e.getCode(), messages.getMessage(e, locale)))
                .toList();
        return problem(ProblemType.VALIDATION, message(ProblemType.VALIDATION.detailKey(), new Object[0], locale),
                path, errors, locale);
    }

    public Problem of(ProblemType type, Locale locale, String path) {
        return problem(type, message(type.detailKey(), new Object[0], locale), path, List.of(), locale);
    }

    /** The localized text of one field problem, for pages that show it inline. */
    public String message(FieldProblem problem, Locale locale) {
        return message(problem.messageKey(), problem.args(), locale);
    }

    public String message(MessageSourceResolvable resolvable, Locale locale) {
        return messages.getMessage(resolvable, locale);
    }

    private Problem.FieldError fieldError(FieldProblem problem, Locale locale) {
        return new Problem.FieldError(problem.field(), problem.messageKey(), message(problem, locale));
    }

    private Problem problem(ProblemType type, String detail, String path, List<Problem.FieldError> errors,
                            Locale locale) {
        return new Problem(type.uri(), message(type.titleKey(), new Object[0], locale), type.status().value(),
                detail, path, errors);
    }

    private String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * A JSON value of the wrong type ({@code "abc"} where an amount belongs) is the client's mistake in
     * one field: name that field, as validation does, rather than calling the whole request unreadable.
     */
    private static FieldProblem unreadableField(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (JacksonException.Reference reference : mismatch.getPath()) {
                    if (reference.getPropertyName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        field.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return new FieldProblem(field.toString(), "typeMismatch");
            }
        }
        return null;
    }

    private static ProblemType typeOf(Throwable error) {
        if (error instanceof ServerWebInputException) {
            return ProblemType.MALFORMED_REQUEST;
        }
        if (error instanceof MethodNotAllowedException) {
            return ProblemType.METHOD_NOT_ALLOWED;
        }
        if (error instanceof NotAcceptableStatusException) {
            return ProblemType.NOT_ACCEPTABLE;
        }
        if (error instanceof UnsupportedMediaTypeStatusException) {
            return ProblemType.UNSUPPORTED_MEDIA_TYPE;
        }
        if (error instanceof ResponseStatusException status) {
            return switch (status.getStatusCode().value()) {
                case 400 -> ProblemType.MALFORMED_REQUEST;
                case 401 -> ProblemType.UNAUTHORIZED;
                case 403 -> ProblemType.FORBIDDEN;
                case 404 -> ProblemType.NOT_FOUND;
                case 409 -> ProblemType.CONFLICT;
                case 412 -> ProblemType.STALE_VERSION;
                default -> ProblemType.INTERNAL;
            };
        }
        return ProblemType.INTERNAL;
    }
}
