package org.inkstone.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Role;
import org.inkstone.article.ArticleService;
import org.inkstone.article.Recommendations;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.Id;
import org.inkstone.common.Params;
import org.inkstone.article.ArticleIndexer;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Editorial endpoints under {@code /api/admin}: open to a logged-in editor (or chief editor, admin), or to a
 * caller with the bearer token {@code inkstone.admin.token} (for scripts; see
 * {@link org.inkstone.account.CallerSecurity}); 401 {@code login_required} / 403 {@code forbidden} otherwise.
 * Threat: anyone reaching the port could otherwise rebuild the index or withdraw articles.
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

    @Inject
    ChannelService channels;

    @Inject
    Recommendations recommendations;

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

    /** An editor pick: {@code channel} null for the site-wide list; {@code expiresAt} ISO-8601 with offset or null. */
    public static class NewPick {
        @Pattern(regexp = Params.CHANNEL, message = "栏目无效")
        public String channel;
        @NotNull(message = "必填")
        @JsonbTypeDeserializer(Id.Json.class)
        public Long articleId;
        @NotNull(message = "必填")
        @Min(value = 0, message = "不能为负")
        @Max(value = 1000, message = "不能大于 1000")
        public Integer position;
        public OffsetDateTime expiresAt;
    }

    /** {@code POST /api/admin/picks}: pins an article in a channel's or the site's recommended list (201). */
    @POST
    @Path("picks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pick(@Valid @NotNull NewPick pick) {
        if (pick.channel != null) {
            channels.require(pick.channel);
        }
        articles.findPublished(pick.articleId)
                .orElseThrow(() -> new org.inkstone.article.ArticleNotFoundException(pick.articleId));
        articles.pick(pick.channel, pick.articleId, pick.position,
                pick.expiresAt == null ? null : pick.expiresAt.toInstant());
        recommendations.invalidate();
        return Response.status(201).entity(Map.of("status", "pinned")).build();
    }
}
