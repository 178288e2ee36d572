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
 * {@code GET /api/articles?channel=&page=&size=} lists newest first ({@code size} 1–100, default 20);
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

    @Operation(summary = "文章列表", description = "最新在前；不指定栏目时只有第一页。size 1–100，默认 20。")
    @APIResponse(responseCode = "200", description = "{total, items}", content = @Content(schema = @Schema(ref = "ArticleList")))
    @APIResponse(responseCode = "400", description = "参数无效（invalid_parameter，fields 指明字段）")
    @APIResponse(responseCode = "404", description = "不存在")
    @GET
    public ItemList<ArticleItem> list(
            @QueryParam("channel") @Pattern(regexp = Params.CHANNEL, message = "栏目无效") String channel,
            @QueryParam("page") @Pattern(regexp = Params.PAGE, message = "页码应为正整数") String page,
            @QueryParam("size") @Pattern(regexp = Params.SIZE, message = "每页条数应为 1 到 100") String size) {
        int p = Params.intOr(page, 1);
        int s = Params.intOr(size, 20);
        if (channel == null || channel.isEmpty()) {
            if (p != 1) {
                throw new InvalidParameterException("page", "不指定栏目时只提供最新一页");
            }
            return new ItemList<>(articles.countPublished(), articles.latest(s));
        }
        return articles.listByChannel(channel, p, s);
    }

    @Operation(summary = "一篇文章", description = "含相关文章与推荐文章列表；草稿、撤下的文章为 404。")
    @APIResponse(responseCode = "200", description = "文章", content = @Content(schema = @Schema(ref = "ArticleDetail")))
    @APIResponse(responseCode = "400", description = "参数无效（invalid_parameter，fields 指明字段）")
    @APIResponse(responseCode = "404", description = "不存在")
    @GET
    @Path("{id}")
    public ArticleDetail get(@PathParam("id") Id id) {
        return presenter.detail(id.value(), true);
    }
}
