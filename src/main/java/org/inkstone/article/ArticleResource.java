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
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.Params;

/**
 * Reader-facing article API. Drafts, articles in review and withdrawn articles are invisible here (404).
 * {@code GET /api/articles?channel=&page=&size=} lists newest first ({@code size} 1–100, default 20);
 * {@code GET /api/articles/{id}} returns one article with its related and recommended lists.
 */
@Path("api/articles")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ArticleResource {

    @Inject
    ArticleService articles;

    @Inject
    ArticlePresenter presenter;

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

    @GET
    @Path("{id}")
    public ArticleDetail get(@PathParam("id") @Pattern(regexp = "[1-9][0-9]{0,17}", message = "文章编号无效") String id) {
        return presenter.detail(Long.parseLong(id), false); // API reads are not views (see ViewPolicy)
    }
}
