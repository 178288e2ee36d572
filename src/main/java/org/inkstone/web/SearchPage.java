package org.inkstone.web;

import org.inkstone.search.SearchService;

import java.util.List;

/**
 * The search page ({@code search.mustache}): the search form filled in with the request, then either a
 * message (no query, invalid input) or the result with its pager.
 *
 * @param q              the query as searched (trimmed); also fills the header's search box
 * @param from           the {@code from} date as given, {@code ""} if none
 * @param to             the {@code to} date as given, {@code ""} if none
 * @param channelOptions the channel filter's options, the requested channel selected
 * @param message        what to tell the reader instead of a result; null when there is a result
 * @param result         the hits of this page and the total; null when there is a message
 * @param pager          links to the other result pages; null when there is a message
 * @param newest         whether the hits are ordered newest first (the sort control's selected option);
 *                       false: relevance
 */
public record SearchPage(String q, String from, String to, List<ChannelOption> channelOptions, String message,
                         SearchService.Result result, Pager pager, boolean newest) implements Page {

    public SearchPage {
        channelOptions = List.copyOf(channelOptions);
    }

    /** A page in relevance order. */
    public SearchPage(String q, String from, String to, List<ChannelOption> channelOptions, String message,
                      SearchService.Result result, Pager pager) {
        this(q, from, to, channelOptions, message, result, pager, false);
    }

    /** An option of the channel filter. */
    public record ChannelOption(String id, String name, boolean selected) {
    }

    /** Whether the search found nothing ("没有找到相关文章"). */
    public boolean none() {
        return result != null && result.total() == 0;
    }

    @Override
    public String template() {
        return "search.mustache";
    }

    /** "搜索", or "搜索：" and the query. */
    @Override
    public String pageTitle() {
        return q.isEmpty() ? "搜索" : "搜索：" + q;
    }
}
