package org.inkstone.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Role;
import org.inkstone.channel.ChannelRef;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.Id;
import org.inkstone.common.Params;
import org.inkstone.common.SiteSettings;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Editor picks (推荐位) for editors (and above, and the admin token) under {@code /api/admin/picks}: one ordered
 * list for the site ({@code channel} absent or null) and one per channel. Only live picks (not expired, article
 * published) are listed; the others have dropped out of readers' lists already. 401/403 as every staff endpoint.
 * <ul>
 *   <li>{@code POST {channel, articleId, position, expiresAt}} → 201 {@code {status: "pinned", id}} ({@code id}: the
 *       new pick's, as {@code PUT /{id}} and {@code DELETE /{id}} take it; otherwise unchanged from
 *       before: 404 {@code article_not_found} unless published, {@code channel_not_found}; 400 for an expiry not
 *       in the future);</li>
 *   <li>{@code GET ?channel=} → {@code {channel: {id, name} | null, items: [{id, article: {id, title}, position,
 *       expiresAt}]}} in order;</li>
 *   <li>{@code PUT /{id} {position, expiresAt}} → 200 the pick (expiry null: none); 404 {@code pick_not_found};</li>
 *   <li>{@code PUT /order {channel, ids}} → 204: the new order of one list, naming each live pick once (400
 *       {@code ids} otherwise);</li>
 *   <li>{@code DELETE /{id}} → 204; 404 {@code pick_not_found}.</li>
 * </ul>
 * Times are ISO-8601 with the site's offset.
 */
@Path("api/admin/picks")
@RolesAllowed(Role.Names.EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AdminPickResource {

    @Inject
    ArticleService articles;

    @Inject
    EditorPicks picks;

    @Inject
    ChannelService channels;

    @Inject
    Recommendations recommendations;

    @Inject
    SiteSettings site;

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

    /** {@code PUT /{id}} body. */
    public record PickUpdate(@NotNull(message = "必填") @Min(value = 0, message = "不能为负") @Max(value = 1000, message = "不能大于 1000") Integer position,
                             OffsetDateTime expiresAt) {
    }

    /** {@code PUT /order} body. */
    public static class PickOrder {
        @Pattern(regexp = Params.CHANNEL, message = "栏目无效")
        public String channel;
        @NotNull(message = "必填")
        @Size(max = 1000, message = "过多")
        @JsonbTypeDeserializer(Id.JsonList.class)
        public List<Long> ids;
    }

    public record PickedArticle(long id, String title) {
    }

    public record Pick(long id, PickedArticle article, int position, OffsetDateTime expiresAt) {
    }

    /** The answer of {@code POST}: {@code status} is always {@code pinned}; {@code id} the new pick's. */
    public record Pinned(String status, long id) {
    }

    public record PickList(ChannelRef channel, List<Pick> items) {
    }

    /** {@code POST /api/admin/picks}: pins an article in a channel's or the site's recommended list (201). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pick(@Valid @NotNull NewPick pick) {
        if (pick.channel != null) {
            channels.require(pick.channel);
        }
        articles.findPublished(pick.articleId).orElseThrow(() -> new ArticleNotFoundException(pick.articleId));
        long id = articles.pick(pick.channel, pick.articleId, pick.position, pick.expiresAt == null ? null : pick.expiresAt.toInstant());
        recommendations.invalidate();
        return Response.status(201).entity(new Pinned("pinned", id)).build();
    }

    @GET
    public PickList list(@QueryParam("channel") @Pattern(regexp = Params.CHANNEL, message = "栏目无效") String channel) {
        ChannelRef ref = channel == null ? null : ref(channel);
        return new PickList(ref, picks.live(channel).stream().map(this::view).toList());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Pick update(@PathParam("id") Id id, @Valid @NotNull(message = "缺少请求内容") PickUpdate body) {
        return view(picks.update(id.value(), body.position(), body.expiresAt() == null ? null : body.expiresAt().toInstant()));
    }

    @PUT
    @Path("order")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reorder(@Valid @NotNull(message = "缺少请求内容") PickOrder body) {
        if (body.channel != null) {
            channels.require(body.channel);
        }
        picks.reorder(body.channel, body.ids);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") Id id) {
        picks.delete(id.value());
        return Response.noContent().build();
    }

    private ChannelRef ref(String channel) {
        var c = channels.require(channel);
        return new ChannelRef(c.getId(), c.getName());
    }

    private Pick view(EditorPick p) {
        return new Pick(p.getId(), new PickedArticle(p.getArticleId(), p.getTitle()), p.getPosition(),
                p.getExpiresAt() == null ? null : p.getExpiresAt().atZone(site.zone()).toOffsetDateTime());
    }
}
