package org.inkstone.common;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * JSON-B settings for the API. Writing: nulls are written (e.g. {@code "externalId": null}), times as
 * ISO-8601 with offset. Reading: a field the target type does not have fails the request (400
 * {@code unknown_field}, see {@link ErrorMappers}) instead of being skipped, so a misspelt or smuggled field
 * never passes silently; Yasson 3 (Payara's JSON-B) reads this from {@link #FAIL_ON_UNKNOWN_PROPERTIES}.
 * Sizes and nesting are bounded before JSON-B runs ({@link BodyLimits}). Thread-safe (one shared
 * {@link Jsonb}).
 */
public class JsonConfig implements ContextResolver<Jsonb> {

    /** Yasson's {@code YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES} (by name: Yasson is the server's, not ours). */
    public static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(config());

    /** The settings, also for tests that build their own {@link Jsonb}. */
    public static JsonbConfig config() {
        return new JsonbConfig().withNullValues(true).setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
