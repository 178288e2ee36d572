package org.inkstone.article;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecommendationsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void popularityFollowsTheGravityForm() {
        // 100 views, 10 hours old: 100 / 12^1.8
        assertEquals(100 / Math.pow(12, 1.8), Recommendations.popularity(100, 0, NOW.minus(Duration.ofHours(10)), NOW), 1e-9);
        assertEquals(50 / Math.pow(2, 1.8), Recommendations.popularity(50, 0, null, NOW), 1e-9);
        assertEquals((50 + 10 * 3) / Math.pow(2, 1.8), Recommendations.popularity(50, 3, null, NOW), 1e-9, "a comment weighs 10 views");
    }

    @Test
    void aFreshArticleOutranksAnOlderOneWithMoreViews() {
        double fresh = Recommendations.popularity(30, 0, NOW.minus(Duration.ofHours(1)), NOW);
        double old = Recommendations.popularity(300, 0, NOW.minus(Duration.ofDays(3)), NOW);
        assertTrue(fresh > old, fresh + " vs " + old);
    }

    @Test
    void futurePublishTimesCountAsAgeZero() {
        assertEquals(Recommendations.popularity(10, 0, NOW, NOW), Recommendations.popularity(10, 0, NOW.plusSeconds(3600), NOW), 1e-12);
    }
}
