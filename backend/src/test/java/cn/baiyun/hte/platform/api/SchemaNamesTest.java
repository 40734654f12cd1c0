package cn.baiyun.hte.platform.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.baiyun.hte.support.PortalIntegrationTest;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverterContextImpl;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * springdoc names a schema by the class's simple name: two classes with one name become one schema, and
 * the contract describes one of them wrongly for both (the drift test cannot see it, since served and
 * committed are equally wrong). This resolves every API handler's request body and response type through
 * springdoc's own converter chain and records which Java type defined each schema name.
 */
@PortalIntegrationTest
class SchemaNamesTest {

    private static final String APPLICATION_PACKAGE = "cn.baiyun.hte.";
    private static final String SWAGGER_ANNOTATIONS = "io.swagger.v3.oas.annotations";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;
    @Autowired
    SpringDocConfigProperties springdoc;

    @Test
    void everySchemaNameStandsForOneJavaType() {
        var names = new SchemaNameRecorder();
        ModelConverterContext schemas = names.inFrontOf(ModelConverters.getInstance(springdoc.isOpenapi31()));
        List<Method> apiMethods = handlers.getHandlerMethods().entrySet().stream()
                .filter(mapping -> mapping.getKey().getPatternsCondition().getPatterns().stream()
                        .anyMatch(pattern -> pattern.getPatternString().startsWith("/api/")))
                .map(mapping -> mapping.getValue().getMethod())
                .toList();

        for (Method method : apiMethods) {
            bodyTypes(method).forEach(type -> schemas.resolve(new AnnotatedType(type).resolveAsRef(true)));
        }

        assertThat(apiMethods).as("API handler methods").isNotEmpty();
        assertThat(names.typesByName).as("schema names in the contract").isNotEmpty();
        assertThat(names.clashes())
                .as("schema names that stand for more than one Java type (rename one class: springdoc keys "
                        + "schemas by simple name)")
                .isEmpty();
    }

    /**
     * What springdoc turns into schemas: the response type, the request body, parts and form objects, and
     * the classes that the method's OpenAPI annotations name ({@code @Schema(implementation = …)}).
     */
    private static List<Type> bodyTypes(Method method) {
        List<Type> types = new ArrayList<>();
        types.add(method.getGenericReturnType());
        types.addAll(namedImplementations(method.getAnnotations()));
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(RequestBody.class) || parameter.isAnnotationPresent(RequestPart.class)
                    || parameter.isAnnotationPresent(ModelAttribute.class)) {
                types.add(parameter.getParameterizedType());
            }
            types.addAll(namedImplementations(parameter.getAnnotations()));
        }
        return types;
    }

    /** Every {@code implementation} class inside these swagger annotations, however deeply nested. */
    private static List<Type> namedImplementations(Annotation[] annotations) {
        List<Type> types = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (!annotation.annotationType().getPackageName().startsWith(SWAGGER_ANNOTATIONS)) {
                continue;
            }
            AnnotationUtils.getAnnotationAttributes(annotation, false, false).forEach((attribute, value) -> {
                if (attribute.equals("implementation") && value instanceof Class<?> type && type != Void.class) {
                    types.add(type);
                } else if (value instanceof Annotation nested) {
                    types.addAll(namedImplementations(new Annotation[] {nested}));
                } else if (value instanceof Annotation[] nested) {
                    types.addAll(namedImplementations(nested));
                }
            });
        }
        return types;
    }

    /**
     * The first link of springdoc's converter chain (which unwraps Mono, Flux and ResponseEntity): notes the
     * schema name each application type resolves to. It must sit in front: for a name already defined the
     * resolver answers a reference to the existing schema without defining anything.
     */
    private static final class SchemaNameRecorder implements ModelConverter {

        final Map<String, Set<String>> typesByName = new TreeMap<>();

        ModelConverterContext inFrontOf(ModelConverters springdocConverters) {
            List<ModelConverter> chain = new ArrayList<>();
            chain.add(this);
            chain.addAll(springdocConverters.getConverters());
            return new ModelConverterContextImpl(chain);
        }

        @Override
        public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
            Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            JavaType javaType = Json.mapper().constructType(type.getType());
            String name = schema == null ? null
                    : schema.get$ref() != null ? schema.get$ref().replace(Components.COMPONENTS_SCHEMAS_REF, "")
                    : schema.getName();
            // Wrappers (Mono, ResponseEntity, List) answer their content's reference; only our own types name schemas.
            if (name != null && javaType.getRawClass().getName().startsWith(APPLICATION_PACKAGE)) {
                typesByName.computeIfAbsent(name, any -> new TreeSet<>()).add(javaType.toCanonical());
            }
            return schema;
        }

        Map<String, Set<String>> clashes() {
            Map<String, Set<String>> clashes = new TreeMap<>(typesByName);
            clashes.values().removeIf(types -> types.size() < 2);
            return clashes;
        }
    }
}
