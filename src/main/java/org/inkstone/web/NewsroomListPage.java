package org.inkstone.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The newsroom article list ({@code newsroom-list.mustache}, {@code /newsroom}): the filter form filled in with
 * the request, counts per status, and a table that {@code assets/newsroom-list.js} loads from
 * {@code GET /api/newsroom/articles} with {@link #apiQuery()}; the next page is a link carrying the API's
 * {@code nextCursor} (keyset pages).
 *
 * @param user           the logged-in staff member (name and role: the navigation shows the links the role may open)
 * @param query          the checked filters
 * @param channelOptions the channel filter's options (全部栏目 first), the requested channel selected
 * @param zone           the site zone's id: times are shown in it
 */
public record NewsroomListPage(NewsroomUser user, NewsroomListQuery query, List<NewsroomOption> channelOptions, String zone)
        implements Page {

    public NewsroomListPage {
        channelOptions = List.copyOf(channelOptions);
    }

    /** The navigation state: 稿件 is current. */
    public NewsroomNav newsroomNav() {
        return NewsroomNav.ARTICLES;
    }

    /** The query string (URL-encoded, without {@code ?}) of the API request for this page. */
    public String apiQuery() {
        return encode(query.apiParameters());
    }

    /** The query string of this page's own URL without the cursor: the first page of the same filters. */
    public String firstPageQuery() {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("view", query.view());
        p.put("status", query.status());
        p.put("channel", query.channel());
        p.put("author", query.author());
        p.put("q", query.q());
        p.values().removeIf(String::isEmpty);
        return encode(p);
    }

    private static String encode(Map<String, String> p) {
        return p.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String template() {
        return "newsroom-list.mustache";
    }

    @Override
    public String pageTitle() {
        return switch (query.view()) {
            case "mine" -> "我的稿件（草稿/退回）";
            case "waiting" -> "待我审核";
            default -> "稿件";
        };
    }
}
