package org.devassign.agent.api.wire;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.core.identity.Printable;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * Numbers of the protocol's records are JSON numbers: Gson alone reads {@code "width": "4"} as 4,
 * so a client that sends numbers as strings would work by accident with one agent and not with the
 * next. Every numeric component of a record of the protocol package (and the numbers in its lists
 * and maps) must be a JSON number, a whole one in the type's range for a whole-number type, else the
 * message is refused with -32602 naming the field.
 */
final class StrictNumbers implements TypeAdapterFactory {

    private static final Set<Class<?>> NUMBERS = Set.of(int.class, long.class, short.class, byte.class, double.class, float.class,
            Integer.class, Long.class, Short.class, Byte.class, Double.class, Float.class);

    /** The whole-number types with their smallest and largest value. */
    private static final Map<Class<?>, BigDecimal[]> INTEGRAL = Map.of(
            int.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE), Integer.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE),
            long.class, range(Long.MIN_VALUE, Long.MAX_VALUE), Long.class, range(Long.MIN_VALUE, Long.MAX_VALUE),
            short.class, range(Short.MIN_VALUE, Short.MAX_VALUE), Short.class, range(Short.MIN_VALUE, Short.MAX_VALUE),
            byte.class, range(Byte.MIN_VALUE, Byte.MAX_VALUE), Byte.class, range(Byte.MIN_VALUE, Byte.MAX_VALUE));

    private static BigDecimal[] range(long min, long max) {
        return new BigDecimal[] { BigDecimal.valueOf(min), BigDecimal.valueOf(max) };
    }

    private final String protocolPackage;

    StrictNumbers(String protocolPackage) {
        this.protocolPackage = protocolPackage;
    }

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (!raw.isRecord() || !raw.getPackageName().equals(protocolPackage)) {
            return null;
        }
        TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
        TypeAdapter<JsonElement> tree = gson.getAdapter(JsonElement.class);
        RecordComponent[] components = raw.getRecordComponents();
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                delegate.write(out, value);
            }

            @Override
            public T read(JsonReader in) throws IOException {
                JsonElement element = tree.read(in);
                if (element != null && element.isJsonObject()) {
                    for (RecordComponent component : components) {
                        check(component.getName(), component.getGenericType(), element.getAsJsonObject().get(component.getName()));
                    }
                }
                return delegate.fromJsonTree(element);
            }
        };
    }

    private static void check(String field, Type type, JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return;
        }
        if (type instanceof Class<?> c && NUMBERS.contains(c)) {
            if (!(value instanceof JsonPrimitive p) || !p.isNumber()) {
                throw InvalidValueException.asSyntaxError("'" + field + "' must be a JSON number, not " + describe(value));
            }
            BigDecimal[] range = INTEGRAL.get(c);
            if (range != null) {
                // read from a tree, Gson would cut 4.5 to 4 and 1e30 to Long.MAX_VALUE: a whole number in range, or a refusal
                String text = p.getAsString();
                // no whole number of these types takes more than 40 characters: longer text is refused unparsed
                BigDecimal number = text.length() > 40 ? null : new BigDecimal(text);
                if (number == null || number.stripTrailingZeros().scale() > 0 || number.compareTo(range[0]) < 0
                        || number.compareTo(range[1]) > 0) {
                    throw InvalidValueException.asSyntaxError("'" + field + "' must be a whole number from " + range[0].toPlainString()
                            + " to " + range[1].toPlainString() + ", not " + (text.length() > 40 ? text.substring(0, 40) + "..." : text));
                }
            }
        } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            if (List.class.isAssignableFrom(c) && value.isJsonArray()) {
                for (JsonElement item : value.getAsJsonArray()) {
                    check(field + "[]", p.getActualTypeArguments()[0], item);
                }
            } else if (Map.class.isAssignableFrom(c) && value.isJsonObject()) {
                for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
                    check(field + "." + entry.getKey(), p.getActualTypeArguments()[1], entry.getValue());
                }
            }
        }
    }

    private static String describe(JsonElement value) {
        if (value instanceof JsonPrimitive p && p.isString()) {
            return "the string " + Printable.quote(p.getAsString());
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        if (value.isJsonObject()) {
            return "an object";
        }
        return value.toString();
    }
}
