package org.inkstone.web;

import org.inkstone.channel.Channel;
import org.inkstone.channel.ChannelService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.inkstone.article.ArticleItem;
import org.inkstone.article.ArticleService;
import org.inkstone.article.ItemList;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.Params;

/** A channel page {@code /channels/{id}?page=}: 20 articles a page, newest first. Unknown channel → 404 page. */
@Path("channels/{id}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@ApplicationScoped
public class ChannelPageResource {

    static final int PAGE_SIZE = 20;

    @Inject
    ChannelService channels;

    @Inject
    ArticleService articles;

    @Inject
    Pages pages;

    @GET
    public String page(@PathParam("id") String id, @QueryParam("page") String pageParam) {
        Channel channel = channels.require(id);
        if (pageParam != null && !pageParam.isEmpty() && !pageParam.matches(Params.PAGE)) {
            throw new InvalidParameterException("page", "页码应为正整数");
        }
        int page = Params.intOr(pageParam, 1);
        ItemList<ArticleItem> list = articles.listByChannel(id, page, PAGE_SIZE);
        return pages.render(ChannelPage.of(channel, list, page, PAGE_SIZE));
    }
}
