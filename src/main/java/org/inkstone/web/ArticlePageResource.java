package org.inkstone.web;

import org.inkstone.article.ArticleDetail;
import org.inkstone.article.ArticlePresenter;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.comment.CommentPages;
import org.inkstone.common.Id;
import org.inkstone.common.InkstoneConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.inkstone.article.PageViews;

/**
 * The article page {@code /articles/{id}}, laid out like the seed page. Unknown or unpublished ids → 404 page.
 * The comment block is rendered server-side (first page, read-only, for readers without JavaScript) and
 * then replaced by the comment widget ({@code assets/comments.js}), the same one other sites embed. When the
 * comments cannot be read now (a locked {@code comment} table, see {@link CommentPages#firstPage}) the page is
 * served without them, saying so, instead of waiting.
 * A view is counted only as {@link PageViews} decides (a reader's GET, once per visitor and window).
 */
@Path("articles/{id}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@ApplicationScoped
public class ArticlePageResource {

    @Inject
    ArticlePresenter presenter;

    @Inject
    Pages pages;

    @Inject
    CommentPages comments;

    @Inject
    InkstoneConfig config;

    @Inject
    PageViews pageViews;

    @GET
    public String page(@PathParam("id") String id, @Context HttpServletRequest request,
                       @Context HttpServletResponse response) {
        long articleId = Id.tryParse(id).orElseThrow(() -> new ArticleNotFoundException(0)).value(); // a page: 404, not 400
        ArticleDetail a = presenter.detail(articleId, () -> pageViews.count(articleId, request, response));
        return pages.render(comments.firstPage(a.id()).map(first -> ArticlePage.of(a, first, config.zone()))
                .orElseGet(() -> ArticlePage.withoutComments(a)));
    }
}
