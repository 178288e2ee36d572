package org.inkstone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Static files under {@code webapp/assets/} at {@code /assets/...}. The JAX-RS application owns the root
 * path, and a portable WAR cannot name the container's default servlet, so assets are served here: only
 * names made of letters, digits, {@code -_.} and single {@code /} separators, with a known extension
 * (no {@code ..}, no directory listing). Cached for one hour.
 */
@Path("assets/{path: [a-zA-Z0-9_-]+(/[a-zA-Z0-9_-]+)*\\.(css|js|png|svg|ico)}")
@ApplicationScoped
public class AssetResource {

    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8", "png", "image/png", "svg", "image/svg+xml", "ico", "image/x-icon");

    @Inject
    ServletContext servletContext;

    @GET
    public Response get(@PathParam("path") String path) {
        try (InputStream in = servletContext.getResourceAsStream("/assets/" + path)) {
            if (in == null) {
                throw new NotFoundException();
            }
            CacheControl cc = new CacheControl();
            cc.setMaxAge(3600);
            String ext = path.substring(path.lastIndexOf('.') + 1);
            return Response.ok(in.readAllBytes(), TYPES.get(ext)).cacheControl(cc).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
