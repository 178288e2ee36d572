package org.inkstone.newsroom;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;

/**
 * A version number: a plain JSON integer 1–2,147,483,647 as written ({@code "1"}, {@code 1.0}, {@code 1e0},
 * {@code 0} are refused as invalid JSON, 400 {@code invalid_json}); {@code null} stays null.
 */
public final class VersionDeserializer implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
        String text;
        try {
            text = parser.getString(); // the number as sent (only a number or a string has text)
            parser.isIntegralNumber(); // refuses a string
        } catch (IllegalStateException notANumber) {
            if (parser.getValue().getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            throw new JsonbException("version must be a positive integer");
        }
        if (!text.matches("[1-9][0-9]{0,9}") || Long.parseLong(text) > Integer.MAX_VALUE) {
            throw new JsonbException("version must be a positive integer");
        }
        return Integer.parseInt(text);
    }
}
