package org.inkstone.syndication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Role;
import org.inkstone.common.Id;

/**
 * {@code GET /api/admin/syndication/items/{articleId}?format=ninjs|newsml-g2}: exactly the document partners get
 * for the article now (the same bytes a push or pull would carry), for staff checking what goes out. {@code format}
 * defaults to {@code ninjs}. 200 with the format's media type ({@link Format#mediaType()}): the full item while the
 * article is published, its kill notice after a withdrawal. 400 {@code invalid_parameter} for a bad id or format;
 * 404 {@code article_not_found} for an unknown article or one never published. For an editor and above, or the
 * operators' bearer token ({@code inkstone.admin.token}); 401/403 otherwise. Threat: drafts' and withdrawn articles'
 * metadata must not reach readers, so nothing here is public.
 */
@Path("api/admin/syndication/items/{articleId}")
@RolesAllowed(Role.Names.EDITOR)
@ApplicationScoped
public class AdminSyndicationItemResource {

    @Inject
    SyndicationDocuments documents;

    @GET
    public Response item(@PathParam("articleId") Id articleId, @QueryParam("format") String format) {
        Format f = format == null ? Format.NINJS : Format.of(format).orElseThrow(() -> new InvalidFormatException("format"));
        SyndicationDocuments.Document doc = documents.render(articleId.value(), f);
        return Response.ok(doc.body(), f.mediaType()).header("Cache-Control", "no-store").build();
    }
}
