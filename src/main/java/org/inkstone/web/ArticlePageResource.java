package org.inkstone.web;

import org.inkstone.article.ArticleDetail;
import org.inkstone.article.ArticlePresenter;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.comment.CommentPage;
import org.inkstone.comment.CommentPages;
import org.inkstone.common.Id;
import org.inkstone.common.InkstoneConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.inkstone.channel.ChannelService;
import org.inkstone.web.Pages;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The article page {@code /articles/{id}}, laid out like the seed page. Unknown or unpublished ids → 404 page.
 * The comment block is rendered server-side (first page, read-only, for readers without JavaScript) and
 * then replaced by the comment widget ({@code assets/comments.js}), the same one other sites embed.
 */
@Path("articles/{id}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@ApplicationScoped
public class ArticlePageResource {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ArticlePresenter presenter;

    @Inject
    Pages pages;

    @Inject
    ChannelService channels;

    @Inject
    CommentPages comments;

    @Inject
    InkstoneConfig config;

    @GET
    public String page(@PathParam("id") String id) {
        long articleId = Id.tryParse(id).orElseThrow(() -> new ArticleNotFoundException(0)).value(); // a page: 404, not 400
        ArticleDetail a = presenter.detail(articleId, true);
        Map<String, Object> m = new HashMap<>();
        m.put("article", a);
        m.put("pageTitle", a.title());
        m.put("channels", channels.all());
        m.put("published", a.publishedAt() == null ? "" : SHOWN.format(a.publishedAt()));
        m.put("hasRelated", !a.related().isEmpty());
        m.put("hasRecommended", !a.recommended().isEmpty());
        CommentPage page = comments.firstPage(a.id());
        m.put("commentCount", page.count());
        m.put("comments", page.items().stream().map(c -> Map.of("id", c.id(), "nickname", c.nickname(), "bodyHtml", c.bodyHtml(),
                "shown", SHOWN.format(c.createdAt().atZoneSameInstant(config.zone())), "reply", c.parentId() != null,
                "removed", c.removed(), "staff", c.staff())).toList());
        m.put("moreComments", page.nextCursor() != null);
        return pages.render("article.mustache", m);
    }
}
