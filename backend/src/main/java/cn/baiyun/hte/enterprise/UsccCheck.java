package cn.baiyun.hte.enterprise;

import java.util.Objects;
import java.util.Optional;

/** Outcome of {@link UnifiedSocialCreditCode#parse(String)}: either {@link Valid} or {@link Invalid}. */
public sealed interface UsccCheck permits UsccCheck.Valid, UsccCheck.Invalid {

    /** The input is a valid code (after normalisation). */
    record Valid(UnifiedSocialCreditCode code) implements UsccCheck {
        public Valid {
            Objects.requireNonNull(code, "code");
        }
    }

    /** The input is not a valid code; {@link #problem()} says precisely why. */
    record Invalid(UsccProblem problem) implements UsccCheck {
        public Invalid {
            Objects.requireNonNull(problem, "problem");
        }
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The parsed code, if valid. */
    default Optional<UnifiedSocialCreditCode> codeIfValid() {
        return this instanceof Valid v ? Optional.of(v.code()) : Optional.empty();
    }

    /** The problem, if invalid. */
    default Optional<UsccProblem> problemIfInvalid() {
        return this instanceof Invalid i ? Optional.of(i.problem()) : Optional.empty();
    }
}
