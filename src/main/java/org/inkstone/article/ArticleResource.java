package org.inkstone.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.inkstone.common.Id;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reader-facing article API. Drafts, articles in review and withdrawn articles are invisible here (404).
 * {@code GET /api/articles?channel=&page=&size=&cursor=} lists newest first ({@code size} 1–100, default 20), of
 * a channel or of the whole site; every page carries {@code nextCursor}, so any list can be walked to its end.
 * {@code GET /api/articles/{id}} returns one article with its related and recommended lists.
 */
@Tag(name = "articles", description = "已发布的文章")
@Path("api/articles")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ArticleResource {

    @Inject
    ArticleService articles;

    @Inject
    ArticlePresenter presenter;

    /**
     * A page of published articles, newest first: {@code {total, items, nextCursor}}. {@code cursor} (a
     * {@code nextCursor} of an earlier answer) continues a list; without it {@code page} (1–99999, default 1)
     * picks a page. 400 {@code invalid_parameter} for a bad {@code channel}, {@code page}, {@code size} or
     * {@code cursor}, and for {@code cursor} together with {@code page} (naming {@code cursor}); 404
     * {@code channel_not_found} for an unknown channel.
     */
    @Operation(summary = "文章列表", description = "最新在前；cursor（上一页的 nextCursor）接着往下读到最后一页，或用 page 指定页码。size 1–100，默认 20。")
    @APIResponse(responseCode = "200", description = "{total, items, nextCursor}", content = @Content(schema = @Schema(ref = "ArticleList")))
    @APIResponse(responseCode = "400", description = "参数无效（invalid_parameter，fields 指明字段）")
    @APIResponse(responseCode = "404", description = "不存在")
    @GET
    public ArticleList list(
            @QueryParam("channel") @Pattern(regexp = Params.CHANNEL, message = "栏目无效") String channel,
            @QueryParam("page") @Pattern(regexp = Params.PAGE, message = "页码应为 1 到 99999") String page,
            @QueryParam("size") @Pattern(regexp = Params.SIZE, message = "每页条数应为 1 到 100") String size,
            @QueryParam("cursor") String cursor) {
        int s = Params.intOr(size, 20);
        ArticleCursor after = null;
        if (cursor != null && !cursor.isEmpty()) {
            if (page != null && !page.isEmpty()) {
                throw new InvalidParameterException("cursor", "不能与 page 同时使用");
            }
            after = ArticleCursor.decode(cursor);
        }
        return articles.list(channel == null || channel.isEmpty() ? null : channel, after, Params.intOr(page, 1), s);
    }

    @Operation(summary = "一篇文章", description = "含相关文章与推荐文章列表；草稿、撤下的文章为 404。")
    @APIResponse(responseCode = "200", description = "文章", content = @Content(schema = @Schema(ref = "ArticleDetail")))
    @APIResponse(responseCode = "400", description = "参数无效（invalid_parameter，fields 指明字段）")
    @APIResponse(responseCode = "404", description = "不存在")
    @GET
    @Path("{id}")
    public ArticleDetail get(@PathParam("id") Id id) {
        return presenter.detail(id.value(), false); // API reads are not views (see ViewPolicy)
    }
}
