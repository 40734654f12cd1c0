package cn.baiyun.hte.platform.mongo;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;

/**
 * Reads a stored document into a record as the portal's mapping stores it (money as Decimal128, dates,
 * enums by name, the id as {@code _id}), without the general-purpose mapper. For bulk reads only: there the
 * mapper's lookups per property (conversions, type aliases, instantiators) cost more than the rest of the
 * work. The converters are worked out once per record type, from its components; a property missing from
 * the document (not stored, or left out by a projection) is null, or zero/false for a primitive.
 * {@code RecordReaderTest} checks that it reads what the mapping wrote exactly as the mapping reads it.
 */
public final class RecordReader<T> {

    private static final Map<Class<?>, RecordReader<?>> READERS = new ConcurrentHashMap<>();

    private final String[] keys;
    private final Function<Object, Object>[] converters;
    private final Object[] absent;
    private final MethodHandle constructor;

    @SuppressWarnings("unchecked")
    private RecordReader(Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        keys = new String[components.length];
        converters = new Function[components.length];
        absent = new Object[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            boolean id = component.isAnnotationPresent(Id.class) || component.getName().equals("id");
            keys[i] = id ? "_id" : component.getName();
            converters[i] = converter(component.getGenericType());
            absent[i] = absentValue(component.getType());
            parameterTypes[i] = component.getType();
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(parameterTypes);
            canonical.setAccessible(true);
            constructor = MethodHandles.lookup().unreflectConstructor(canonical)
                    .asSpreader(Object[].class, components.length);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type + " has no accessible canonical constructor", e);
        }
    }

    /** The reader of {@code type}, made on first use. */
    @SuppressWarnings("unchecked")
    public static <T> RecordReader<T> of(Class<T> type) {
        RecordReader<T> known = (RecordReader<T>) READERS.get(type);
        if (known != null) {
            return known;
        }
        // Not computeIfAbsent: making a reader makes the readers of its nested records.
        READERS.putIfAbsent(type, new RecordReader<>(type));
        return (RecordReader<T>) READERS.get(type);
    }

    /**
     * The documents of {@code type}'s collection that {@code query} finds, read with this reader instead of
     * the mapper. The query's criteria and sort are passed on unmapped: name stored fields and give stored
     * values (an enum's name, not the enum).
     */
    public static <T> Flux<T> find(ReactiveMongoTemplate mongo, Query query, Class<T> type) {
        RecordReader<T> reader = of(type);
        return mongo.find(query, Document.class, mongo.getCollectionName(type)).map(reader::read);
    }

    public T read(Document document) {
        Object[] arguments = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Object value = document.get(keys[i]);
            arguments[i] = value == null ? absent[i] : converters[i].apply(value);
        }
        try {
            @SuppressWarnings("unchecked")
            T record = (T) constructor.invoke(arguments);
            return record;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<Object, Object> converter(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                Function<Object, Object> element = converter(arguments[0]);
                return value -> {
                    List<?> stored = (List<?>) value;
                    List<Object> read = new ArrayList<>(stored.size());
                    stored.forEach(item -> read.add(item == null ? null : element.apply(item)));
                    return read;
                };
            }
            if (Map.class.isAssignableFrom(raw)) {
                Class<?> keyType = (Class<?>) arguments[0];
                Function<Object, Object> valueConverter = converter(arguments[1]);
                return value -> {
                    Map<Object, Object> read = keyType.isEnum() ? new EnumMap(keyType) : new HashMap<>();
                    ((Document) value).forEach((key, item) -> read.put(keyType.isEnum()
                            ? Enum.valueOf((Class<Enum>) keyType, key) : key,
                            item == null ? null : valueConverter.apply(item)));
                    return read;
                };
            }
            throw new IllegalArgumentException("no reader for " + type);
        }
        Class<?> target = (Class<?>) type;
        if (target == String.class) {
            return value -> value instanceof ObjectId id ? id.toHexString() : value;
        }
        if (target == Integer.class || target == int.class) {
            return value -> ((Number) value).intValue();
        }
        if (target == Long.class || target == long.class) {
            return value -> ((Number) value).longValue();
        }
        if (target == Boolean.class || target == boolean.class) {
            return value -> value;
        }
        if (target == BigDecimal.class) {
            return value -> ((Decimal128) value).bigDecimalValue();
        }
        if (target == Instant.class) {
            return value -> ((Date) value).toInstant();
        }
        if (target == LocalDate.class) {
            // As Spring Data's date converters store it: the start of the day in the system's zone.
            return value -> LocalDate.ofInstant(((Date) value).toInstant(), ZoneId.systemDefault());
        }
        if (target.isEnum()) {
            return value -> Enum.valueOf((Class<Enum>) target, (String) value);
        }
        if (target.isRecord()) {
            RecordReader<?> nested = of(target);
            return value -> nested.read((Document) value);
        }
        throw new IllegalArgumentException("no reader for " + type);
    }

    private static Object absentValue(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
