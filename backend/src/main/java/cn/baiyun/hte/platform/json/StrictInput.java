package cn.baiyun.hte.platform.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.baiyun.hte.platform.web.InputDates;
import cn.baiyun.hte.platform.web.InputText;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How every JSON body is read, applied to the application's mapper and to any mapper of its own a
 * feature reads requests with: text without control characters ({@link InputText}), dates as ISO strings
 * in the plausible years only ({@link InputDates}), enums by name only (never by their index, so
 * {@code "topics": [1, 2]} is refused rather than read as the first two topics).
 */
public final class StrictInput {

    private StrictInput() {
    }

    public static <B extends MapperBuilder<?, B>> B applyTo(B builder) {
        // Jackson 3 ignores unknown properties by default; a field the operation does not have is a client's mistake
        // (a misspelt name would otherwise be dropped silently and the rest saved).
        return builder.addModule(module()).enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static SimpleModule module() {
        return new SimpleModule("strict-input")
                .addDeserializer(String.class, new Text())
                .addDeserializer(LocalDate.class, new Date());
    }

    /** Text from a JSON string only (a number or boolean is no text), refused if it holds control characters. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            if (!InputText.acceptable(text)) {
                throw new RejectedInput(parser, String.class, InputText.CONTROL_CHARACTER_KEY);
            }
            return text;
        }
    }

    /** A date from a JSON string only; any other token, another format or an implausible year is refused. */
    static final class Date extends StdScalarDeserializer<LocalDate> {

        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            LocalDate date;
            try {
                date = InputDates.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "Not an ISO date");
            }
            if (!InputDates.plausible(date)) {
                throw new RejectedInput(parser, LocalDate.class, InputDates.OUT_OF_RANGE_KEY,
                        InputDates.format(InputDates.FIRST), InputDates.format(InputDates.LAST));
            }
            return date;
        }
    }
}
