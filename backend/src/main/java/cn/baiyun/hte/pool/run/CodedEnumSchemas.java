package cn.baiyun.hte.pool.run;

import cn.baiyun.hte.assessment.Coded;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Iterator;

/**
 * The contract spells the engine's coded values as {@link AssessmentJson} writes them: the rules' lower-case
 * codes ({@code le_50m}, {@code score}), not the constants' names, so that a client generated from it reads
 * the assessment answers it is given.
 */
@Component
class CodedEnumSchemas implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (raw.isEnum() && Coded.class.isAssignableFrom(raw)) {
            StringSchema codes = new StringSchema();
            Arrays.stream(raw.getEnumConstants()).map(constant -> ((Coded) constant).code()).forEach(codes::addEnumItem);
            return codes;
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
