package org.inkstone.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdTest {

    @Test
    void plainDigitsInRangeAreIds() {
        assertEquals(Optional.of(new Id(1)), Id.tryParse("1"));
        assertEquals(Optional.of(new Id(42)), Id.tryParse("42"));
        assertEquals(Optional.of(new Id(Id.MAX)), Id.tryParse("999999999999999999"));
    }

    @Test
    void everyOtherSpellingIsRefused() {
        for (String bad : List.of("", "0", "00", "01", "-1", "+1", "1.9", "1.0", "1e3", "1E3", " 1", "1 ", "\"1\"", "0x10",
                "1000000000000000000", "9223372036854775807", "99999999999999999999", "１２", "1_000", "NaN", "null", "abc")) {
            assertEquals(Optional.empty(), Id.tryParse(bad), bad);
        }
        assertEquals(Optional.empty(), Id.tryParse(null));
    }

    @Test
    void parseNamesTheField() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Id.parse("parentId", "1.9"));
        assertEquals(400, e.status());
        assertEquals("invalid_parameter", e.code());
        assertEquals(Id.REASON, e.fields().get("parentId"));
    }

    @Test
    void theConstructorHoldsTheRange() {
        assertThrows(IllegalArgumentException.class, () -> new Id(0));
        assertThrows(IllegalArgumentException.class, () -> new Id(-5));
        assertThrows(IllegalArgumentException.class, () -> new Id(Id.MAX + 1));
    }

    record Params(@QueryParam("cursor") Id cursor, @PathParam("id") Id id) {
    }

    @Test
    void parameterConverterRefusesWith400NamingTheParameter() throws Exception {
        Annotation[] cursor = Params.class.getDeclaredConstructors()[0].getParameterAnnotations()[0];
        Annotation[] path = Params.class.getDeclaredConstructors()[0].getParameterAnnotations()[1];
        ParamConverter<Id> c = new Id.Param().getConverter(Id.class, Id.class, cursor);
        assertEquals(new Id(7), c.fromString("7"));
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> c.fromString("7.5"));
        assertEquals(400, e.getResponse().getStatus());
        InvalidParameterException cause = assertInstanceOf(InvalidParameterException.class, e.getCause());
        assertTrue(cause.fields().containsKey("cursor"), cause.fields().toString());
        WebApplicationException onPath = assertThrows(WebApplicationException.class,
                () -> new Id.Param().getConverter(Id.class, Id.class, path).fromString("-3"));
        assertTrue(((InvalidParameterException) onPath.getCause()).fields().containsKey("id"));
        assertNull(new Id.Param().getConverter(Long.class, Long.class, cursor), "only Id parameters are converted");
    }
}
