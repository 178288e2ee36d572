package org.inkstone.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.inkstone.article.IndexFreshness;
import org.inkstone.common.JsonConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shape of {@code /api/health} and which parts it names as down. */
class HealthTest {

    private static final Health.Database UP = new Health.Database(true, 3L, null);

    @Test
    void upWhenTheDatabaseAnswersAndTheIndexIsCaughtUp() throws Exception {
        Health h = Health.of(UP, new IndexFreshness.Verdict(42, 42L, true, 0L), 4_000, 1_168);
        assertTrue(h.up());
        assertEquals("up", h.status());
        assertEquals(List.of(), h.down());
        try (Jsonb jsonb = JsonbBuilder.create(JsonConfig.config())) {
            assertEquals("{\"ageMs\":0,\"database\":{\"error\":null,\"ms\":3,\"up\":true},\"down\":[],"
                    + "\"index\":{\"allowanceMs\":4000,\"applied\":42,\"caughtUp\":true,\"documents\":1168,\"head\":42,\"lagMs\":0},"
                    + "\"status\":\"up\"}", jsonb.toJson(h));
        }
    }

    @Test
    void anIndexBehindIsNamed() {
        Health h = Health.of(UP, new IndexFreshness.Verdict(40, 42L, false, 4_500L), 4_000, 1_168);
        assertFalse(h.up());
        assertEquals("down", h.status());
        assertEquals(List.of("index"), h.down());
    }

    @Test
    void aDatabaseDownIsNamedAndTheIndexIsUnknown() {
        Health h = Health.of(new Health.Database(false, 2_001L, "timeout"), new IndexFreshness.Verdict(40, null, null, null), 4_000, 1_168);
        assertEquals("down", h.status());
        assertEquals(List.of("database"), h.down());
        assertEquals(new Health.Index(40, null, null, null, 4_000, 1_168), h.index());
    }

    @Test
    void beforeTheFirstEvaluationTheNodeIsStarting() {
        Health h = Health.starting(4_000);
        assertFalse(h.up());
        assertEquals(List.of("starting"), h.down());
        assertEquals(-1, h.index().documents());
    }

    @Test
    void theGateLetsOnlyHealthPingAndAssetsThrough() {
        assertTrue(ReadinessGate.exempt("/api/health"));
        assertTrue(ReadinessGate.exempt("/api/ping"));
        assertTrue(ReadinessGate.exempt("/assets/css/site.css"));
        for (String path : List.of("/", "/articles/5", "/api/articles/5", "/api/health/x", "/api/healthz", "/assets", "/search")) {
            assertFalse(ReadinessGate.exempt(path), path);
        }
    }
}
