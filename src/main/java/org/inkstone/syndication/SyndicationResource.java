package org.inkstone.syndication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkstone.common.Id;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.RateLimit;
import org.inkstone.common.RateLimiter;

import java.io.StringReader;
import java.util.Optional;

/**
 * The pull API for partners (合作媒体), authenticated by the partner's pull key ({@code Authorization: Bearer <key>}):
 * <ul>
 *   <li>{@code GET /api/syndication/changes?cursor=&size=} → {@code {items: [{uri, version, pubstatus, format,
 *       document}], nextCursor}} ({@link ChangeFeed#changes}): the partner's channels' publications, corrections and
 *       kill notices since its registration, in commit order, each at its current version; {@code document} is the
 *       ninjs object itself, or the NewsML-G2 XML as a string. {@code size} 1–100 (default 20). {@code nextCursor}
 *       is never null: pass it back to go on, also after an empty page (a polling partner resumes there).</li>
 *   <li>{@code GET /api/syndication/items/{articleId}} → the current document in the partner's format, with its
 *       media type ({@link Format#mediaType()}); 404 {@code item_not_found} for an unknown, never-published or
 *       other-channel article alike.</li>
 * </ul>
 * Order of checks: the key first (401 {@code invalid_partner_key} with {@code WWW-Authenticate: Bearer}, the same
 * whether or not the item exists), then the partner's rate limit ({@link RateLimit#SYNDICATION_PULL}, 429 with
 * {@code Retry-After}), then the parameters (400 {@code invalid_cursor} / {@code invalid_parameter}). A paused
 * partner still pulls: pausing stops pushes only (a partner that asked for a pause, or whose endpoint keeps
 * failing, may well want to catch up by pulling). Answers are {@code Cache-Control: no-store} (per partner).
 */
@Tag(name = "syndication", description = "合作媒体拉取稿件（ninjs / NewsML-G2）")
@Path("api/syndication")
@RequestScoped
public class SyndicationResource {

    @Inject
    PartnerService partners;

    @Inject
    ChangeFeed feed;

    @Inject
    RateLimiter limiter;

    @Operation(summary = "变更列表", description = "按提交顺序返回本合作方栏目自登记以来的发布、更正与撤稿（撤稿为 canceled 通知），"
            + "每条为当前版本；nextCursor 始终返回，空页时也可用它继续轮询。")
    @APIResponse(responseCode = "200", description = "{items: [{uri, version, pubstatus, format, document}], nextCursor}")
    @APIResponse(responseCode = "400", description = "游标或 size 无效（invalid_cursor / invalid_parameter）")
    @APIResponse(responseCode = "401", description = "密钥无效（invalid_partner_key）")
    @APIResponse(responseCode = "429", description = "过于频繁（rate_limited，见 Retry-After）")
    @GET
    @Path("changes")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response changes(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        Subscriber s = authenticate(authorization);
        Optional<PullCursor> after = cursor == null || cursor.isEmpty() ? Optional.empty() : Optional.of(PullCursor.parse(cursor));
        ChangeFeed.Page page = feed.changes(s, after, size(size));
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (SyndicationDocuments.Document d : page.items()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("uri", d.uri()).add("version", d.version())
                    .add("pubstatus", d.pubStatus().id()).add("format", d.format().id());
            if (d.format() == Format.NINJS) {
                try (JsonReader r = Json.createReader(new StringReader(d.body()))) {
                    item.add("document", r.readObject());
                }
            } else {
                item.add("document", d.body());
            }
            items.add(item);
        }
        String body = Json.createObjectBuilder().add("items", items).add("nextCursor", page.next().token()).build().toString();
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).cacheControl(noStore()).build();
    }

    @Operation(summary = "单篇稿件", description = "本合作方格式的当前文档（撤稿后为 canceled 通知）。")
    @APIResponse(responseCode = "200", description = "ninjs（application/json）或 NewsML-G2（application/vnd.iptc.g2.newsitem+xml）")
    @APIResponse(responseCode = "401", description = "密钥无效（invalid_partner_key）")
    @APIResponse(responseCode = "404", description = "没有这篇稿件或不在所订栏目（item_not_found）")
    @APIResponse(responseCode = "429", description = "过于频繁（rate_limited，见 Retry-After）")
    @GET
    @Path("items/{articleId}")
    public Response item(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("articleId") String articleId) {
        Subscriber s = authenticate(authorization);
        long id = Id.tryParse(articleId).orElseThrow(() -> new ItemNotFoundException()).value();
        SyndicationDocuments.Document d = feed.item(s, id);
        return Response.ok(d.body(), d.format().mediaType()).cacheControl(noStore()).build();
    }

    /** The partner holding the bearer key, counted against its rate limit; 401 before anything else. */
    private Subscriber authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new InvalidPartnerKeyException();
        }
        Partner p = partners.authenticate(authorization.substring(7).strip()).orElseThrow(InvalidPartnerKeyException::new);
        Subscriber s = Subscriber.of(p, partners.expandedChannels(p));
        limiter.hit(RateLimit.SYNDICATION_PULL, "p:" + s.partnerId());
        return s;
    }

    private static int size(String raw) {
        if (raw == null || raw.isEmpty()) {
            return ChangeFeed.DEFAULT_SIZE;
        }
        try {
            int n = Integer.parseInt(raw);
            if (n >= 1 && n <= ChangeFeed.MAX_SIZE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidParameterException("size", "必须是 1 到 " + ChangeFeed.MAX_SIZE + " 的整数");
    }

    private static CacheControl noStore() {
        CacheControl cc = new CacheControl();
        cc.setNoStore(true);
        cc.setPrivate(true);
        return cc;
    }
}
