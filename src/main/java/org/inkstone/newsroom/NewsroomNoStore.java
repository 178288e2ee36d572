package org.inkstone.newsroom;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every response under {@code /api/newsroom/} (articles, media library, their errors too) carries
 * {@code Cache-Control: private, no-store}: drafts and staff data must stay out of shared and browser caches.
 * Stateless and thread-safe.
 */
@Provider
public class NewsroomNoStore implements ContainerResponseFilter {

    /** The header's value. */
    static final String VALUE = "private, no-store";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (applies(request.getUriInfo().getPath())) {
            response.getHeaders().putSingle("Cache-Control", VALUE);
        }
    }

    /** Whether a request path (relative to the application, with or without a leading slash) is the newsroom API. */
    static boolean applies(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("api/newsroom") || p.startsWith("api/newsroom/");
    }
}
