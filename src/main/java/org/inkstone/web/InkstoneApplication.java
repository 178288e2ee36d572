package org.inkstone.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The one JAX-RS application, at the root: reader pages ({@code /}, {@code /articles/...}) and the JSON API
 * ({@code /api/...}). Static files under
 * {@code /assets/} are served by {@link org.inkstone.web.AssetResource}.
 */
@ApplicationPath("/")
public class InkstoneApplication extends Application {

    /** Jersey would publish the whole API map, admin endpoints included, as WADL (and on OPTIONS); not wanted. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
