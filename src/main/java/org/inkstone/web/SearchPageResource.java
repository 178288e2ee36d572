package org.inkstone.web;

import org.inkstone.search.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.Params;

import java.util.List;

/**
 * The search page {@code /search?q=&channel=&from=&to=&page=&sort=} ({@code sort}: relevance, the default, or
 * newest; anything else is a 400 message naming the sort). Input problems (empty or over-long query,
 * bad dates) are shown on the page as a message with status 200 (empty) or 400 (invalid), never a 500.
 */
@Path("search")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@ApplicationScoped
public class SearchPageResource {

    @Inject
    SearchService search;

    @Inject
    ChannelService channels;

    @Inject
    Pages pages;

    @GET
    public jakarta.ws.rs.core.Response page(@QueryParam("q") String q, @QueryParam("channel") String channel,
                                            @QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("page") String pageParam, @QueryParam("sort") String sortParam) {
        String text = q == null ? "" : q.strip();
        List<SearchPage.ChannelOption> options = channels.all().stream()
                .map(c -> new SearchPage.ChannelOption(c.getId(), c.getName(), c.getId().equals(channel))).toList();
        int status = 200;
        String message = null;
        boolean newest = "newest".equals(sortParam);
        SearchService.Result result = null;
        Pager pager = null;
        if (text.isEmpty()) {
            message = "请输入搜索词。";
        } else {
            try {
                if (pageParam != null && !pageParam.isEmpty() && !pageParam.matches(Params.PAGE)) {
                    throw new InvalidParameterException("page", "页码应为正整数");
                }
                for (String[] d : List.of(new String[] {"from", from}, new String[] {"to", to})) {
                    if (d[1] != null && !d[1].isEmpty() && !d[1].matches(Params.DATE)) {
                        throw new InvalidParameterException(d[0], "日期格式应为 YYYY-MM-DD");
                    }
                }
                int page = Params.intOr(pageParam, 1);
                result = search.search(text, channel, from, to, page, sortParam);
                String query = "q=" + enc(text) + (channel == null || channel.isEmpty() ? "" : "&channel=" + enc(channel))
                        + (from == null || from.isEmpty() ? "" : "&from=" + enc(from))
                        + (to == null || to.isEmpty() ? "" : "&to=" + enc(to))
                        + (newest ? "&sort=newest" : "");
                long pagesTotal = Math.min(SearchService.MAX_PAGE, (result.total() + SearchService.PAGE_SIZE - 1) / SearchService.PAGE_SIZE);
                pager = Pager.of("search?" + query + "&page=", page, pagesTotal);
            } catch (InvalidParameterException e) {
                status = 400;
                message = e.getMessage();
            }
        }
        SearchPage view = new SearchPage(text, from == null ? "" : from, to == null ? "" : to, options, message, result, pager,
                newest);
        return jakarta.ws.rs.core.Response.status(status).entity(pages.render(view)).build();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
