package org.inkstone.common;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The API's JSON-B settings with the server's JSON-B (Yasson 3), and how failures are reported. */
class JsonConfigTest {

    public record Body(String body, @JsonbTypeDeserializer(Id.Json.class) Long parentId) {
    }

    public record Bulk(@JsonbTypeDeserializer(Id.JsonList.class) List<Long> ids, String action) {
    }

    public static class Pick {
        @JsonbTypeDeserializer(Id.Json.class)
        public Long articleId;
        public Integer position;
    }

    private static final Jsonb JSONB = JsonbBuilder.create(JsonConfig.config());

    private static InkstoneException refusal(String json, Class<?> type) {
        JsonbException e = assertThrows(JsonbException.class, () -> JSONB.fromJson(json, type), json);
        return ErrorMappers.jsonError(e);
    }

    @Test
    void idsInBodiesAreRead() {
        assertEquals(12L, JSONB.fromJson("{\"body\":\"ok\",\"parentId\":12}", Body.class).parentId());
        assertNull(JSONB.fromJson("{\"body\":\"ok\",\"parentId\":null}", Body.class).parentId());
        assertNull(JSONB.fromJson("{\"body\":\"ok\"}", Body.class).parentId());
        assertEquals(List.of(1L, 2L), JSONB.fromJson("{\"ids\":[1,2],\"action\":\"spam\"}", Bulk.class).ids());
        assertEquals(5L, JSONB.fromJson("{\"articleId\":5,\"position\":0}", Pick.class).articleId);
    }

    @Test
    void parentIdWithFractionIsRefusedNamingTheField() {
        for (String bad : List.of("1.9", "1.0", "\"1\"", "1e3", "1e0", "1E+0", "116.4e1", "-1", "0", "1000000000000000000", "true", "[1]", "{}")) {
            InkstoneException e = refusal("{\"body\":\"ok\",\"parentId\":" + bad + "}", Body.class);
            assertEquals("invalid_parameter", e.code(), bad);
            assertEquals(Map.of("parentId", Id.REASON), e.fields(), bad);
        }
    }

    @Test
    void everyIdInAListIsChecked() {
        for (String bad : List.of("[1,2.5]", "[\"3\"]", "[null]", "[0]", "5", "[2,[3]]", "{}")) {
            InkstoneException e = refusal("{\"ids\":" + bad + ",\"action\":\"spam\"}", Bulk.class);
            assertEquals(Map.of("ids", Id.REASON), e.fields(), bad);
        }
        assertEquals(Map.of("articleId", Id.REASON), refusal("{\"articleId\":1.5}", Pick.class).fields());
    }

    @Test
    void unknownJsonFieldIsRefusedNamingIt() {
        InkstoneException e = refusal("{\"body\":\"ok\",\"junk\":\"" + "x".repeat(1000) + "\"}", Body.class);
        assertEquals(400, e.status());
        assertEquals("unknown_field", e.code());
        assertEquals(Map.of("junk", "未知字段"), e.fields());
        assertEquals(Map.of("extra", "未知字段"), refusal("{\"articleId\":1,\"extra\":{\"a\":[1]}}", Pick.class).fields());
        String longName = "k".repeat(5000);
        assertEquals(Map.of("k".repeat(64) + "…", "未知字段"), refusal("{\"" + longName + "\":1}", Pick.class).fields(),
                "a long field name is not echoed whole");
    }

    @Test
    void malformedJsonIsStillInvalidJson() {
        assertEquals("invalid_json", refusal("{\"body\":", Body.class).code());
        assertEquals("invalid_json", refusal("{\"body\":{\"a\":1}}", Body.class).code());
    }
}
