package cn.baiyun.hte.enterprise;

import java.util.Arrays;
import java.util.Objects;

/**
 * Why a string is not a valid unified social credit code, in a form the UI can localise:
 * {@link #messageKey()} is a key of the {@code messages*.properties} bundles and {@link #args()}
 * are its {@link java.text.MessageFormat} arguments.
 *
 * @param kind       machine-readable problem kind
 * @param messageKey message bundle key, {@code uscc.*}
 * @param args       message arguments (see the factory methods for their meaning)
 */
public record UsccProblem(Kind kind, String messageKey, Object[] args) {

    /** The problem kinds, each with its message key. */
    public enum Kind {
        /** Nothing entered (null, or only whitespace). No arguments. */
        EMPTY("uscc.empty"),
        /** Wrong length. Args: {@code {0}} actual length (Integer), {@code {1}} required length 18. */
        LENGTH("uscc.length"),
        /** Character outside the code alphabet. Args: {@code {0}} 1-based position (Integer), {@code {1}} the character (String). */
        CHARACTER("uscc.character"),
        /** Wrong check character. Args: {@code {0}} expected (String), {@code {1}} found (String), {@code {2}} position 18. */
        CHECK("uscc.check");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public UsccProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? new Object[0] : args.clone();
    }

    static UsccProblem empty() {
        return of(Kind.EMPTY);
    }

    static UsccProblem length(int actual) {
        return of(Kind.LENGTH, actual, UnifiedSocialCreditCode.LENGTH);
    }

    static UsccProblem character(int position, String character) {
        return of(Kind.CHARACTER, position, character);
    }

    static UsccProblem check(char expected, char found) {
        return of(Kind.CHECK, String.valueOf(expected), String.valueOf(found), UnifiedSocialCreditCode.LENGTH);
    }

    private static UsccProblem of(Kind kind, Object... args) {
        return new UsccProblem(kind, kind.messageKey(), args);
    }

    /** A copy of the arguments (the record stays immutable). */
    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UsccProblem p
                && kind == p.kind && messageKey.equals(p.messageKey) && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, messageKey, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return messageKey + Arrays.toString(args);
    }
}
