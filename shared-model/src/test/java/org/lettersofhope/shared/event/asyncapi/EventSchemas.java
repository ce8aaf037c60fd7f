package org.lettersofhope.shared.event.asyncapi;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft-07, as AsyncAPI 3.0 schema objects are) of an event payload record, derived from the record
 * itself: every component is a required property (the codec always writes it), nullable unless a primitive or unless
 * the record's own constructor refuses null for it (an aggregate id, say). Self-contained: no $ref.
 */
final class EventSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EventSchemas() {
    }

    static ObjectNode of(Class<?> record) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record + " is no record");
        }
        ObjectNode schema = JSON.objectNode();
        schema.put("title", record.getSimpleName());
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        RecordComponent[] components = record.getRecordComponents();
        boolean[] nonNull = nonNull(record, components);
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            properties.set(c.getName(), field(c.getGenericType(), !c.getType().isPrimitive() && !nonNull[i]));
            required.add(c.getName());
        }
        return schema;
    }

    private static ObjectNode field(Type type, boolean nullable) {
        ObjectNode s = JSON.objectNode();
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && (Set.class.isAssignableFrom(raw) || List.class.isAssignableFrom(raw))) {
            type(s, "array", nullable);
            s.set("items", field(p.getActualTypeArguments()[0], false));
            if (Set.class.isAssignableFrom(raw)) {
                s.put("uniqueItems", true);
            }
            return s;
        }
        Class<?> c = (Class<?>) type;
        if (c == UUID.class) {
            type(s, "string", nullable).put("format", "uuid");
        } else if (c == Instant.class) {
            type(s, "string", nullable).put("format", "date-time");
        } else if (c == LocalDate.class) {
            type(s, "string", nullable).put("format", "date");
        } else if (c == String.class) {
            type(s, "string", nullable);
        } else if (c == int.class || c == Integer.class) {
            type(s, "integer", nullable).put("format", "int32");
        } else if (c == long.class || c == Long.class) {
            type(s, "integer", nullable).put("format", "int64");
        } else if (c == boolean.class || c == Boolean.class) {
            type(s, "boolean", nullable);
        } else if (c.isEnum()) {
            type(s, "string", nullable);
            ArrayNode values = s.putArray("enum");
            Arrays.stream(c.getEnumConstants()).forEach(v -> values.add(((Enum<?>) v).name()));
            if (nullable) {
                values.addNull();
            }
            s.put("description", "Readers accept values added later (they read as unknown): see "
                    + "docs/event-backbone.md, Evolving a payload.");
        } else {
            throw new IllegalArgumentException("no schema for " + type + ": teach EventSchemas this type");
        }
        return s;
    }

    private static ObjectNode type(ObjectNode s, String type, boolean nullable) {
        if (nullable) {
            s.putArray("type").add(type).add("null");
        } else {
            s.put("type", type);
        }
        return s;
    }

    /** Which components the record refuses to be null: the constructor throws with null there and samples elsewhere. */
    private static boolean[] nonNull(Class<?> record, RecordComponent[] components) {
        boolean[] out = new boolean[components.length];
        Constructor<?> canonical;
        try {
            canonical = record.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        List<Object> samples = new ArrayList<>();
        for (RecordComponent c : components) {
            samples.add(sample(c.getType()));
        }
        if (!constructs(canonical, samples.toArray())) {
            return out;
        }
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType().isPrimitive()) {
                continue;
            }
            Object[] args = samples.toArray();
            args[i] = null;
            out[i] = !constructs(canonical, args);
        }
        return out;
    }

    private static boolean constructs(Constructor<?> canonical, Object[] args) {
        try {
            canonical.newInstance(args);
            return true;
        } catch (InvocationTargetException e) {
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sample(Class<?> c) {
        if (c == UUID.class) {
            return UUID.fromString("00000000-0000-4000-8000-000000000001");
        } else if (c == Instant.class) {
            return Instant.parse("2026-01-01T00:00:00Z");
        } else if (c == LocalDate.class) {
            return LocalDate.parse("2026-01-01");
        } else if (c == String.class) {
            return "US-CA";
        } else if (c == int.class) {
            return 1;
        } else if (c == long.class) {
            return 1L;
        } else if (c == boolean.class) {
            return false;
        } else if (c.isEnum()) {
            return c.getEnumConstants()[0];
        } else if (c == Set.class) {
            return Set.of();
        } else if (c == List.class) {
            return List.of();
        }
        return null;
    }
}
