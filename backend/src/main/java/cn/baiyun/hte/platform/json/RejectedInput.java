package cn.baiyun.hte.platform.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that the portal does not accept (a control character in a text, a date
 * outside the plausible years), with the message key that says why; Jackson adds the field's path, and
 * {@code platform.error.ProblemFactory} turns it into that field's error.
 */
public final class RejectedInput extends MismatchedInputException {

    private final String messageKey;
    private final transient Object[] args;

    RejectedInput(JsonParser parser, Class<?> type, String messageKey, Object... args) {
        super(parser, "Rejected " + type.getSimpleName() + ": " + messageKey, type);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
