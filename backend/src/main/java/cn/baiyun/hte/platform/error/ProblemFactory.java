package cn.baiyun.hte.platform.error;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.baiyun.hte.platform.json.RejectedInput;
import io.netty.handler.timeout.ReadTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns anything that went wrong into a localized {@link Problem}; the one place that knows how. */
@Component
public class ProblemFactory {

    private static final Logger log = LoggerFactory.getLogger(ProblemFactory.class);

    /**
     * What a failure means for the client, looked for in this order along the whole chain of causes before
     * the status of a {@link ResponseStatusException}: a body over the size limit may arrive wrapped in a
     * 400 decoding error, and is still too large rather than malformed.
     */
    private static final List<Map.Entry<Class<? extends Throwable>, ProblemType>> KINDS = List.of(
            Map.entry(DataBufferLimitException.class, ProblemType.PAYLOAD_TOO_LARGE),
            Map.entry(OptimisticLockingFailureException.class, ProblemType.STALE_VERSION),
            Map.entry(AuthenticationException.class, ProblemType.UNAUTHORIZED),
            Map.entry(AccessDeniedException.class, ProblemType.FORBIDDEN),
            // JSON that is not even of the requested shape (a number above 2^63 for a long, an array for an
            // object), read by a decoder or by a handler's own mapper
            Map.entry(JacksonException.class, ProblemType.MALFORMED_REQUEST),
            Map.entry(DecodingException.class, ProblemType.MALFORMED_REQUEST),
            // a body that stopped arriving: Netty's read timeout fails the request's body, no fault of ours
            Map.entry(ReadTimeoutException.class, ProblemType.REQUEST_TIMEOUT));

    /** How deep a chain of causes is followed; real chains are a handful long, a cycle would be endless. */
    private static final int MAX_CAUSES = 16;

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
        ProblemType type = typeOf(error);
        if (type == ProblemType.INTERNAL && ClientGone.explains(error)) {
            log.debug("The client went away at {}: {}", LogText.of(path), LogText.of(error));
        } else if (type == ProblemType.INTERNAL) {
            log.error("Unexpected error at {}", LogText.of(path), LogText.encoded(error));
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

    /**
     * The status a failure answers with, for pages: Boot's error page knows only {@link ResponseStatusException}s
     * and would show any other failure (a form over the size limit) as a server error.
     */
    public static int statusOf(Throwable error) {
        return error instanceof PortalException portal ? portal.type().status().value() : typeOf(error).status().value();
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
     * A JSON value of the wrong type ({@code "abc"} where an amount belongs) or one the portal refuses (a
     * control character, an implausible date) is the client's mistake in one field: name that field, as
     * validation does, rather than calling the whole request unreadable.
     */
    private static FieldProblem unreadableField(Throwable error) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth++ < MAX_CAUSES; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (JacksonException.Reference reference : mismatch.getPath()) {
                    if (reference.getPropertyName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        field.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return mismatch instanceof RejectedInput rejected
                        ? new FieldProblem(field.toString(), rejected.messageKey(), rejected.args())
                        : new FieldProblem(field.toString(), "typeMismatch");
            }
        }
        return null;
    }

    private static ProblemType typeOf(Throwable error) {
        for (Map.Entry<Class<? extends Throwable>, ProblemType> kind : KINDS) {
            int depth = 0;
            for (Throwable cause = error; cause != null && depth++ < MAX_CAUSES; cause = cause.getCause()) {
                if (kind.getKey().isInstance(cause)) {
                    return kind.getValue();
                }
            }
        }
        return error instanceof ResponseStatusException status
                ? ProblemType.ofStatus(status.getStatusCode().value()) : ProblemType.INTERNAL;
    }
}
