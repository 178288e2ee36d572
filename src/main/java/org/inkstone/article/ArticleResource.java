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
 * {@code GET /api/articles?channel=&page=&size=&cursor=} lists newest first ({@code size} 1–100, default 20), of
 * a channel or of the whole site; every page carries {@code nextCursor}, so any list can be walked to its end.
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

    /**
     * A page of published articles, newest first: {@code {total, items, nextCursor}}. {@code cursor} (a
     * {@code nextCursor} of an earlier answer) continues a list; without it {@code page} (1–99999, default 1)
     * picks a page. 400 {@code invalid_parameter} for a bad {@code channel}, {@code page}, {@code size} or
     * {@code cursor}, and for {@code cursor} together with {@code page} (naming {@code cursor}); 404
     * {@code channel_not_found} for an unknown channel.
     */
    @GET
    public ArticleList list(
            @QueryParam("channel") @Pattern(regexp = Params.CHANNEL, message = "栏目无效") String channel,
            @QueryParam("page") @Pattern(regexp = Params.PAGE, message = "页码应为正整数") String page,
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

    @GET
    @Path("{id}")
    public ArticleDetail get(@PathParam("id") @Pattern(regexp = "[1-9][0-9]{0,17}", message = "文章编号无效") String id) {
        return presenter.detail(Long.parseLong(id), false); // API reads are not views (see ViewPolicy)
    }
}
