package org.inkstone.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Role;
import org.inkstone.article.ArticleService;
import org.inkstone.common.Id;
import org.inkstone.article.ArticleIndexer;


/**
 * Editorial endpoints under {@code /api/admin}: open to a logged-in editor (or chief editor, admin), or to a
 * caller with the bearer token {@code inkstone.admin.token} (for scripts; see
 * {@link org.inkstone.account.CallerSecurity}); 401 {@code login_required} / 403 {@code forbidden} otherwise.
 * Threat: anyone reaching the port could otherwise rebuild the index or withdraw articles. Editor picks are
 * under {@link AdminPickResource}.
 */
@Path("api/admin")
@RolesAllowed(Role.Names.EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ArticleAdminResource {

    @Inject
    ArticleIndexer indexer;

    @Inject
    ArticleService articles;

    /** Result of a full rebuild: documents indexed and wall time in seconds. */
    public record Rebuilt(long documents, double seconds) {
    }

    /** {@code POST /api/admin/index/rebuild}: rebuilds the search index from the database; blocks until done. */
    @POST
    @Path("index/rebuild")
    public Rebuilt rebuild() {
        long t = System.nanoTime();
        long n = indexer.rebuild();
        return new Rebuilt(n, (System.nanoTime() - t) / 1e9);
    }
}
