package cn.baiyun.hte.platform.error;

import java.util.List;

import org.springframework.web.server.ResponseStatusException;

/**
 * A client mistake the portal can explain: rendered as problem+json on the API and as an error page or
 * inline message on pages. Extends {@link ResponseStatusException} so that Boot's page error handling
 * picks up the status.
 */
public class PortalException extends ResponseStatusException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] detailArgs;
    private final transient List<FieldProblem> fieldProblems;

    private PortalException(ProblemType type, String detailKey, Object[] detailArgs, List<FieldProblem> fieldProblems) {
        super(type.status(), detailKey);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /** Deliberately the same answer for "does not exist" and "not yours", so ids reveal nothing. */
    public static PortalException notFound() {
        return new PortalException(ProblemType.NOT_FOUND, ProblemType.NOT_FOUND.detailKey(), new Object[0], List.of());
    }

    public static PortalException forbidden() {
        return new PortalException(ProblemType.FORBIDDEN, ProblemType.FORBIDDEN.detailKey(), new Object[0], List.of());
    }

    public static PortalException invalid(List<FieldProblem> problems) {
        return new PortalException(ProblemType.VALIDATION, ProblemType.VALIDATION.detailKey(), new Object[0], problems);
    }

    public static PortalException invalid(FieldProblem problem) {
        return invalid(List.of(problem));
    }

    public static PortalException conflict(String detailKey, Object... args) {
        return new PortalException(ProblemType.CONFLICT, detailKey, args, List.of());
    }

    public static PortalException staleVersion() {
        return new PortalException(ProblemType.STALE_VERSION, ProblemType.STALE_VERSION.detailKey(), new Object[0],
                List.of());
    }

    public static PortalException preconditionRequired() {
        return new PortalException(ProblemType.PRECONDITION_REQUIRED, ProblemType.PRECONDITION_REQUIRED.detailKey(),
                new Object[0], List.of());
    }

    public static PortalException tooLarge(String detailKey, Object... args) {
        return new PortalException(ProblemType.PAYLOAD_TOO_LARGE, detailKey, args, List.of());
    }

    /**
     * No stack trace: a client mistake is answered, never logged with one, and the features create many of
     * these ahead of need ({@code switchIfEmpty(Mono.error(PortalException.notFound()))} runs on every
     * request, found or not), where walking a reactive stack of a hundred frames or more cost 10 to 30
     * microseconds each time.
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
