package org.inkstone.web;

import org.inkstone.common.InvalidParameterException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The filters of the newsroom list page ({@code /newsroom?status=&channel=&author=&q=&view=&cursor=}), checked
 * before they reach a page, and the same query as parameters of {@code GET /api/newsroom/articles}, which the
 * page's script sends. Every value is trimmed; an absent parameter is {@code ""}.
 *
 * @param status  {@code ""} (every status) or one of {@link #STATUSES}
 * @param channel {@code ""} or a channel id (lowercase letters, digits, {@code -}, at most 64 characters)
 * @param author  {@code ""} or an author's account id (decimal digits, at most 18)
 * @param q       {@code ""} or the text searched in titles, at most 100 characters (code points)
 * @param view    {@code all}, {@code mine} (我的稿件（草稿/退回）: the caller's drafts and returned articles) or {@code waiting} (待我审核)
 * @param cursor  {@code ""} for the first page, else the opaque keyset cursor the API gave as {@code nextCursor}
 *                (URL-safe characters, at most 200)
 */
public record NewsroomListQuery(String status, String channel, String author, String q, String view, String cursor) {

    /** The article statuses, in workflow order, with their Chinese names. */
    public static final Map<String, String> STATUSES = statuses();
    /** The views: everything, 我的稿件（草稿/退回）, 待我审核. */
    public static final List<String> VIEWS = List.of("all", "mine", "waiting");

    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern AUTHOR = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_.~=+/-]{1,200}");
    private static final int MAX_Q = 100;

    private static Map<String, String> statuses() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("draft", "草稿");
        m.put("in_review", "审核中");
        m.put("returned", "已退回");
        m.put("scheduled", "定时发布");
        m.put("published", "已发布");
        m.put("withdrawn", "已撤稿");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The checked query of the raw request parameters (each may be null).
     *
     * @throws InvalidParameterException (400, the field named) for an unknown status or view, a malformed
     *                                   channel, author or cursor, or a text longer than 100 characters
     */
    public static NewsroomListQuery of(String status, String channel, String author, String q, String view, String cursor) {
        String s = trim(status);
        if (!s.isEmpty() && !STATUSES.containsKey(s)) {
            throw new InvalidParameterException("status", "未知的状态");
        }
        String c = trim(channel);
        if (!c.isEmpty() && !CHANNEL.matcher(c).matches()) {
            throw new InvalidParameterException("channel", "栏目编号格式不正确");
        }
        String a = trim(author);
        if (!a.isEmpty() && !AUTHOR.matcher(a).matches()) {
            throw new InvalidParameterException("author", "作者编号应为数字");
        }
        String text = trim(q);
        if (text.codePointCount(0, text.length()) > MAX_Q) {
            throw new InvalidParameterException("q", "最多 " + MAX_Q + " 个字");
        }
        String v = trim(view).isEmpty() ? "all" : trim(view);
        if (!VIEWS.contains(v)) {
            throw new InvalidParameterException("view", "未知的视图");
        }
        String k = trim(cursor);
        if (!k.isEmpty() && !CURSOR.matcher(k).matches()) {
            throw new InvalidParameterException("cursor", "翻页位置无效");
        }
        return new NewsroomListQuery(s, c, a, text, v, k);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * The parameters of {@code GET /api/newsroom/articles} for this query, in a fixed order, without empty
     * ones: {@code mine} adds {@code mine=true} and, without a status, {@code status=draft,returned}; {@code waiting}
     * adds {@code waiting=true}. Values are not URL-encoded (the script encodes them).
     */
    public Map<String, String> apiParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        String s = status;
        if (view.equals("mine") && s.isEmpty()) {
            s = "draft,returned";
        }
        put(p, "status", s);
        put(p, "channel", channel);
        put(p, "author", author);
        put(p, "q", q);
        if (view.equals("mine")) {
            p.put("mine", "true");
        } else if (view.equals("waiting")) {
            p.put("waiting", "true");
        }
        put(p, "cursor", cursor);
        return p;
    }

    private static void put(Map<String, String> p, String k, String v) {
        if (!v.isEmpty()) {
            p.put(k, v);
        }
    }

    /** The status filter's options: 全部状态, then each status, the requested one selected. */
    public List<NewsroomOption> statusOptions() {
        List<NewsroomOption> o = new ArrayList<>();
        o.add(new NewsroomOption("", "全部状态", status.isEmpty()));
        STATUSES.forEach((k, label) -> o.add(new NewsroomOption(k, label, k.equals(status))));
        return o;
    }

    /** The view options (全部稿件, 我的稿件（草稿/退回）, 待我审核), the requested one selected. */
    public List<NewsroomOption> viewOptions() {
        return List.of(new NewsroomOption("all", "全部稿件", view.equals("all")),
                new NewsroomOption("mine", "我的稿件（草稿/退回）", view.equals("mine")),
                new NewsroomOption("waiting", "待我审核", view.equals("waiting")));
    }

    /** Whether this is a later page (a cursor was given): the page then offers a link back to the first. */
    public boolean laterPage() {
        return !cursor.isEmpty();
    }
}
