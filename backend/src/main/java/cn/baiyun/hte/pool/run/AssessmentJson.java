package cn.baiyun.hte.pool.run;

import cn.baiyun.hte.assessment.Coded;
import cn.baiyun.hte.platform.json.StrictInput;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON of the engine's records, as the worked examples spell them: the rules' lower-case codes
 * ({@code le_50m}, {@code full}) for {@link Coded} values, read in any case. Kept apart from the
 * application's mapper so that no other API starts accepting lower-case enums.
 */
@Component
public class AssessmentJson {

    private final JsonMapper mapper = engineJson().build();

    /** For what a client posts: as strict as every other API body ({@link StrictInput}); stored results are read as they were written. */
    private final JsonMapper requests = StrictInput.applyTo(engineJson()).build();

    private static JsonMapper.Builder engineJson() {
        return JsonMapper.builder()
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .addModule(new SimpleModule().addSerializer(Coded.class, new ValueSerializer<Coded>() {
                    @Override
                    public void serialize(Coded value, JsonGenerator generator, SerializationContext context) {
                        generator.writeString(value.code());
                    }
                }));
    }

    public JsonMapper mapper() {
        return mapper;
    }

    public JsonMapper requests() {
        return requests;
    }
}
