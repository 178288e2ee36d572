package org.inkstone.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Role;
import org.inkstone.common.SiteSettings;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The full recompute of related lists ({@link RelatedRecompute}) for admins: a logged-in admin session, or the
 * bearer token {@code inkstone.admin.token} (see {@link org.inkstone.account.CallerSecurity}); 401
 * {@code login_required} / 403 {@code forbidden} otherwise. Threat: a recompute keeps every core busy for minutes
 * at 100,000 articles, so anyone reaching the port could otherwise slow the site down at will.
 */
@Path("api/admin/related/recompute")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AdminRelatedResource {

    @Inject
    RelatedRecompute recompute;

    @Inject
    SiteSettings site;

    /**
     * A job's status: lists handled ({@code done}, stored or failed) of {@code total} published articles,
     * {@code failed} of them failed; times ISO-8601 with the site's offset (null before the start / until the
     * end); {@code listsPerSecond} over the job's wall time so far.
     */
    public record StatusView(boolean running, long done, long total, long failed, OffsetDateTime startedAt,
                             OffsetDateTime finishedAt, double listsPerSecond) {
    }

    /** {@code POST}: starts a recompute; 202 with its status, or 200 with the status of the job already running. */
    @POST
    public Response start() {
        RelatedRecompute.Start s = recompute.start();
        return Response.status(s.started() ? Response.Status.ACCEPTED : Response.Status.OK).entity(view(s.status())).build();
    }

    /** {@code GET}: the running or last job's status (all zero and null before the first job). */
    @GET
    public StatusView status() {
        return view(recompute.status());
    }

    private StatusView view(RelatedRecompute.Status s) {
        return new StatusView(s.running(), s.done(), s.total(), s.failed(), time(s.startedAt()), time(s.finishedAt()),
                Math.round(s.listsPerSecond() * 10) / 10.0);
    }

    private OffsetDateTime time(Instant t) {
        return t == null ? null : t.atZone(site.zone()).toOffsetDateTime();
    }
}
