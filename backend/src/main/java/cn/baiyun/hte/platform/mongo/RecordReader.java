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
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistries;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;

/**
 * Reads stored documents straight from the driver's BSON into records, as the portal's mapping stores
 * them (money as Decimal128, dates, enums by name, the id as {@code _id}), without building a generic
 * document first and without the general-purpose mapper. For bulk reads only: there, building documents
 * and the mapper's lookups per property (conversions, type aliases, instantiators) cost more than the rest
 * of the work. How to read each component is worked out once per record type; a property missing from
 * the document (not stored, or left out by a projection) is null, or zero/false for a primitive, and a
 * stored field the record lacks (e.g. the mapping's type hint) is skipped. {@code RecordReaderTest}
 * checks that it reads what the mapping wrote exactly as the mapping reads it.
 */
public final class RecordReader<T> implements Codec<T> {

    private static final Map<Class<?>, RecordReader<?>> READERS = new ConcurrentHashMap<>();
    private static final DecoderContext NESTED = DecoderContext.builder().build();

    /** Reads one BSON value of a known Java type; the reader is positioned on the value, not on null. */
    @FunctionalInterface
    private interface ValueReader {
        Object read(BsonReader reader);
    }

    private final Class<T> type;
    private final Map<String, Integer> positions = new HashMap<>();
    private final ValueReader[] valueReaders;
    private final Object[] absent;
    private final MethodHandle constructor;

    private RecordReader(Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        valueReaders = new ValueReader[components.length];
        absent = new Object[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            boolean id = component.isAnnotationPresent(Id.class) || component.getName().equals("id");
            positions.put(id ? "_id" : component.getName(), i);
            valueReaders[i] = valueReader(component.getGenericType());
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
     * The documents of {@code type}'s collection that {@code query} finds (its criteria, sort and
     * projection), read with this reader. The query is passed on unmapped: it names stored fields and gives
     * stored values (an enum's name, not the enum).
     */
    public static <T> Flux<T> find(ReactiveMongoTemplate mongo, Query query, Class<T> type) {
        RecordReader<T> reader = of(type);
        return mongo.getCollection(mongo.getCollectionName(type))
                .flatMapMany(collection -> collection.withDocumentClass(type)
                        .withCodecRegistry(CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(reader),
                                collection.getCodecRegistry()))
                        .find(query.getQueryObject())
                        .sort(query.getSortObject())
                        .projection(query.getFieldsObject()));
    }

    @Override
    public T decode(BsonReader reader, DecoderContext context) {
        Object[] arguments = absent.clone();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            Integer position = positions.get(reader.readName());
            if (position == null) {
                reader.skipValue();
            } else {
                arguments[position] = nullable(valueReaders[position], reader);
            }
        }
        reader.readEndDocument();
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

    @Override
    public void encode(BsonWriter writer, T value, EncoderContext context) {
        throw new UnsupportedOperationException("RecordReader only reads; the mapping writes");
    }

    @Override
    public Class<T> getEncoderClass() {
        return type;
    }

    private static Object nullable(ValueReader valueReader, BsonReader reader) {
        if (reader.getCurrentBsonType() == BsonType.NULL) {
            reader.readNull();
            return null;
        }
        return valueReader.read(reader);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValueReader valueReader(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                boolean set = Set.class.isAssignableFrom(raw);
                ValueReader element = valueReader(arguments[0]);
                return reader -> {
                    Collection<Object> read = set ? new LinkedHashSet<>() : new ArrayList<>();
                    reader.readStartArray();
                    while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                        read.add(nullable(element, reader));
                    }
                    reader.readEndArray();
                    return read;
                };
            }
            if (Map.class.isAssignableFrom(raw)) {
                Class<?> keyType = (Class<?>) arguments[0];
                ValueReader valueReader = valueReader(arguments[1]);
                return reader -> {
                    Map<Object, Object> read = keyType.isEnum() ? new EnumMap(keyType) : new HashMap<>();
                    reader.readStartDocument();
                    while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                        String key = reader.readName();
                        read.put(keyType.isEnum() ? Enum.valueOf((Class<Enum>) keyType, key) : key,
                                nullable(valueReader, reader));
                    }
                    reader.readEndDocument();
                    return read;
                };
            }
            throw new IllegalArgumentException("no reader for " + type);
        }
        Class<?> target = (Class<?>) type;
        if (target == String.class) {
            return reader -> reader.getCurrentBsonType() == BsonType.OBJECT_ID
                    ? reader.readObjectId().toHexString() : reader.readString();
        }
        if (target == Integer.class || target == int.class) {
            return reader -> reader.getCurrentBsonType() == BsonType.INT64
                    ? Math.toIntExact(reader.readInt64()) : reader.readInt32();
        }
        if (target == Long.class || target == long.class) {
            return reader -> reader.getCurrentBsonType() == BsonType.INT32
                    ? (long) reader.readInt32() : reader.readInt64();
        }
        if (target == Boolean.class || target == boolean.class) {
            return BsonReader::readBoolean;
        }
        if (target == BigDecimal.class) {
            return reader -> reader.readDecimal128().bigDecimalValue();
        }
        if (target == Instant.class) {
            return reader -> Instant.ofEpochMilli(reader.readDateTime());
        }
        if (target == LocalDate.class) {
            // As Spring Data's date converters store it: the start of the day in the system's zone.
            return reader -> LocalDate.ofInstant(Instant.ofEpochMilli(reader.readDateTime()), ZoneId.systemDefault());
        }
        if (target.isEnum()) {
            return reader -> Enum.valueOf((Class<Enum>) target, reader.readString());
        }
        if (target.isRecord()) {
            RecordReader<?> nested = of(target);
            return reader -> nested.decode(reader, NESTED);
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
