package org.inkstone.common;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A database id (article, comment, account, ...): an integer from 1 to {@value #MAX} (18 digits), the one
 * rule for every id a client sends. Threat: a lenient reader turns {@code 1.9} into 1, {@code "1"} or
 * {@code 1e3} into a number and a negative into a silently unmatched query, so a client's mistake (or a
 * probe) acts on a different row than it named; every spelling but plain decimal digits without a leading zero
 * is refused instead.
 *
 * <p>Where ids come in:
 * <ul>
 *   <li>path and query parameters declared as {@code Id}: converted by {@link Param} (registered in the
 *       application), 400 {@code invalid_parameter} naming the parameter otherwise;</li>
 *   <li>JSON body fields: {@code @JsonbTypeDeserializer(Id.Json.class) Long x} for one id,
 *       {@code @JsonbTypeDeserializer(Id.JsonList.class) List<Long> x} for a list; a refused value becomes
 *       an {@link InvalidIdException} that {@link ErrorMappers} reports as 400 {@code invalid_parameter}
 *       naming the field.</li>
 * </ul>
 * Immutable and thread-safe, like its converters.
 */
public record Id(long value) {

    /** The largest id: 18 nines, so every id fits a signed 64-bit column with room to spare. */
    public static final long MAX = 999_999_999_999_999_999L;

    /** What a refused id is told (field reason in the error body). */
    public static final String REASON = "必须是 1 到 999999999999999999 的整数";

    public Id {
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException("id out of range: " + value);
        }
    }

    /**
     * The id {@code raw} spells, or empty: only 1 to 18 ASCII digits without a leading zero are ids (no sign,
     * point, exponent, spaces or quotes). Null gives empty.
     */
    public static Optional<Id> tryParse(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 18 || raw.charAt(0) == '0') {
            return Optional.empty();
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(new Id(Long.parseLong(raw)));
    }

    /** The id {@code raw} spells; {@link InvalidParameterException} naming {@code field} otherwise. */
    public static Id parse(String field, String raw) {
        return tryParse(raw).orElseThrow(() -> new InvalidParameterException(field, REASON));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    /** A JSON value that is not an id; carries no field name (JSON-B wraps it with the property's). */
    public static final class InvalidIdException extends JsonbException {
        public InvalidIdException(String lexeme) {
            super("not an id: " + (lexeme.length() > 40 ? lexeme.substring(0, 40) + "…" : lexeme));
        }
    }

    /** The id a JSON value holds: a JSON number spelt with an id's digits, nothing else (not a string). */
    static long read(JsonValue value) {
        if (!(value instanceof JsonNumber number)) {
            throw new InvalidIdException(String.valueOf(value));
        }
        String lexeme = number.toString(); // as parsed: 1e3 reads back as 1E+3, 1.0 as 1.0
        return tryParse(lexeme).orElseThrow(() -> new InvalidIdException(lexeme)).value();
    }

    /** JSON-B deserializer of one id into a {@code Long} field ({@code null} stays null). */
    public static final class Json implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            String text;
            try {
                text = parser.getString(); // the number as sent (only a number or a string has text)
                parser.isIntegralNumber(); // refuses a string: ids are JSON numbers
            } catch (IllegalStateException notANumber) {
                JsonValue value = parser.getValue();
                if (value.getValueType() == JsonValue.ValueType.NULL) {
                    return null;
                }
                throw new InvalidIdException(String.valueOf(value));
            }
            return tryParse(text).orElseThrow(() -> new InvalidIdException(text)).value();
        }
    }

    /** JSON-B deserializer of an array of ids into a {@code List<Long>} field; a null element is refused. */
    public static final class JsonList implements JsonbDeserializer<List<Long>> {
        @Override
        public List<Long> deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            // Elements are judged on their parsed value (the parser hands a list over whole): 1e0 passes here as 1.
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonArray array)) {
                throw new InvalidIdException(String.valueOf(value.getValueType()));
            }
            List<Long> ids = new ArrayList<>(array.size());
            for (JsonValue v : array) {
                ids.add(read(v));
            }
            return ids;
        }
    }

    /**
     * Converts path and query parameters declared as {@code Id}. A refused value is 400
     * {@code invalid_parameter} naming the parameter (Jersey would turn a plain converter failure into 404).
     */
    public static final class Param implements ParamConverterProvider {
        @Override
        @SuppressWarnings("unchecked")
        public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
            if (rawType != Id.class) {
                return null;
            }
            String name = nameOf(annotations);
            return (ParamConverter<T>) new ParamConverter<Id>() {
                @Override
                public Id fromString(String value) {
                    if (value == null) {
                        return null; // an absent parameter (Jersey asks for its missing default)
                    }
                    return tryParse(value).orElseThrow(() ->
                            new WebApplicationException(new InvalidParameterException(name, REASON), 400));
                }

                @Override
                public String toString(Id value) {
                    return value.toString();
                }
            };
        }

        private static String nameOf(Annotation[] annotations) {
            for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
                if (a instanceof PathParam p) {
                    return p.value();
                } else if (a instanceof QueryParam q) {
                    return q.value();
                } else if (a instanceof HeaderParam h) {
                    return h.value();
                } else if (a instanceof FormParam f) {
                    return f.value();
                } else if (a instanceof CookieParam c) {
                    return c.value();
                } else if (a instanceof MatrixParam m) {
                    return m.value();
                }
            }
            return "id";
        }
    }
}
