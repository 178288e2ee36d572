package org.inkstone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The browser libraries that come as WebJars (jars on the class path holding
 * {@code META-INF/resources/webjars/<name>/<version>/...}), at {@code /webjars/<name>/<version>/...}: today the
 * newsroom editor's Quill 1.3.7 ({@code org.webjars.npm:quill}). Served by the application, never from a CDN.
 * Only the files listed in {@link #FILES} are served (no path is built from other input); the version is in
 * the path, so responses are cached for a year as immutable. Thread-safe and stateless.
 */
@Path("webjars/{path: [a-z0-9.-]+/[0-9][0-9a-z.-]*/[a-zA-Z0-9._/-]+}")
@ApplicationScoped
public class WebJarResource {

    /** Path under {@code webjars/} → content type. */
    static final Map<String, String> FILES = Map.of(
            "quill/1.3.7/dist/quill.min.js", "text/javascript;charset=UTF-8",
            "quill/1.3.7/dist/quill.snow.css", "text/css;charset=UTF-8",
            "quill/1.3.7/dist/quill.core.css", "text/css;charset=UTF-8");

    @GET
    public Response get(@PathParam("path") String path) {
        String type = FILES.get(path);
        if (type == null) {
            throw new NotFoundException();
        }
        try (InputStream in = WebJarResource.class.getClassLoader().getResourceAsStream("META-INF/resources/webjars/" + path)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return Response.ok(in.readAllBytes(), type).header("Cache-Control", "public, max-age=31536000, immutable").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
