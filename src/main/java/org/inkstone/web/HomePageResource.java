package org.inkstone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.inkstone.article.ArticleItem;
import org.inkstone.article.ArticleService;
import org.inkstone.article.ItemList;
import org.inkstone.article.Recommendations;
import org.inkstone.channel.Channel;
import org.inkstone.channel.ChannelService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The home page: the site's recommended list, then the latest articles of every non-empty channel (栏目). */
@Path("")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@ApplicationScoped
public class HomePageResource {

    static final int PER_CHANNEL = 6;

    @Inject
    ChannelService channels;

    @Inject
    ArticleService articles;

    @Inject
    Recommendations recommendations;

    @Inject
    Pages pages;

    @GET
    public String home() {
        List<HomePage.Section> sections = new ArrayList<>();
        for (Channel c : channels.all()) {
            ItemList<ArticleItem> latest = articles.listByChannel(c.getId(), 1, PER_CHANNEL);
            if (!latest.items().isEmpty()) {
                sections.add(new HomePage.Section(c, latest.items(), latest.total()));
            }
        }
        return pages.render(new HomePage(recommendations.recommended(null, Set.of()), sections));
    }
}
