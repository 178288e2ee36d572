package org.inkstone.newsroom;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;

/** A version number: a plain JSON integer 1–2,147,483,647 ({@code "1"}, {@code 1.5}, {@code 0} are refused as invalid JSON). */
public final class VersionDeserializer implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
        if (parser.currentEvent() != JsonParser.Event.VALUE_NUMBER || !parser.isIntegralNumber()) {
            throw new JsonbException("version must be a positive integer");
        }
        long v = parser.getLong();
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw new JsonbException("version must be a positive integer");
        }
        return (int) v;
    }
}
