package cn.baiyun.hte.platform.json;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link StrictInput} makes of a mapper, read directly and through a tree as the preview reads. */
class StrictInputMapperTest {

    enum Colour { RED, GREEN }

    record Sample(String name, LocalDate day, Colour colour, List<String> tags) {
    }

    static final JsonMapper STRICT = StrictInput.applyTo(JsonMapper.builder()).build();

    @Test
    void wellFormedValuesAreReadAsBefore() {
        Sample sample = STRICT.readValue("""
                {"name": "行一\\n行二\\t", "day": "2026-04-20", "colour": "GREEN", "tags": ["a", "b"]}""", Sample.class);

        assertThat(sample).isEqualTo(new Sample("行一\n行二\t", LocalDate.of(2026, 4, 20), Colour.GREEN, List.of("a", "b")));
        assertThat(STRICT.readValue("{\"name\": null, \"day\": null}", Sample.class).day()).isNull();
    }

    @Test
    void refusalsNameTheFieldAndTheReason() {
        assertRejected("{\"name\": \"a\\u0000b\"}", "name", "text.control-character");
        assertRejected("{\"tags\": [\"ok\", \"\\u001b[31m\"]}", "tags", "text.control-character");
        assertRejected("{\"day\": \"0000-01-01\"}", "day", "date.out-of-range");
        assertRejected("{\"day\": \"2101-01-01\"}", "day", "date.out-of-range");
        assertThatThrownBy(() -> STRICT.readValue("{\"day\": -1}", Sample.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> STRICT.readValue("{\"day\": [2026, 1, 1]}", Sample.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> STRICT.readValue("{\"colour\": 1}", Sample.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> STRICT.readValue("{\"colour\": \"1\"}", Sample.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aTreeIsReadAsStrictlyAsText() {
        JsonNode tree = JsonMapper.builder().build().readTree("{\"name\": \"a\\u0000b\"}");

        assertThatThrownBy(() -> STRICT.treeToValue(tree, Sample.class)).isInstanceOf(RejectedInput.class);
    }

    private static void assertRejected(String json, String field, String key) {
        assertThatThrownBy(() -> STRICT.readValue(json, Sample.class))
                .isInstanceOfSatisfying(RejectedInput.class, rejected -> {
                    assertThat(rejected.messageKey()).isEqualTo(key);
                    assertThat(rejected.getPath().get(0).getPropertyName()).isEqualTo(field);
                });
    }
}
