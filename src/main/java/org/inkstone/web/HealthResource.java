package org.inkstone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.common.ServiceUnavailableException;

/**
 * {@code GET /api/health}, no log-in: this node's last health evaluation ({@link Health}, made in the background
 * by {@link HealthMonitor}, at most about 0.5 s old), 200 when up, 503 with {@code Retry-After} when down, the
 * same JSON shape either way; {@code Cache-Control: no-store}. Never waits for the database, so it answers at
 * once even while the database is frozen. A proxy uses it (or, passively, the 503s of the readiness gate) to stop
 * sending requests to a node that is not ready. Thread-safe.
 */
@Path("api/health")
@ApplicationScoped
public class HealthResource {

    @Inject
    HealthMonitor monitor;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response health() {
        Health h = monitor.health();
        Response.ResponseBuilder r = Response.status(h.up() ? 200 : 503).header("Cache-Control", "no-store").entity(h);
        if (!h.up()) {
            r.header("Retry-After", ServiceUnavailableException.RETRY_AFTER_SECONDS);
        }
        return r.build();
    }
}
