package org.inkstone.web;

import org.inkstone.article.ArticleItem;
import org.inkstone.article.ItemList;
import org.inkstone.channel.Channel;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A channel page ({@code channel.mustache}): one page of the channel's articles, newest first, with the pager.
 *
 * @param channel the channel shown
 * @param total   published articles of the channel in all ("共 N 篇")
 * @param items   this page's articles; empty past the last page ("本页没有文章")
 * @param pager   links to the neighbouring pages of {@code /channels/{id}?page=}
 */
public record ChannelPage(Channel channel, long total, List<Item> items, Pager pager) implements Page {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public ChannelPage {
        items = List.copyOf(items);
    }

    /**
     * An article in the list.
     *
     * @param day its publication day, {@code yyyy-MM-dd} in its offset; {@code ""} if it has none
     */
    public record Item(ArticleItem item, String day) {
    }

    /**
     * Page {@code page} (from 1) of {@code channel}, whose articles are {@code list} at {@code pageSize} a page.
     */
    public static ChannelPage of(Channel channel, ItemList<ArticleItem> list, int page, int pageSize) {
        long pages = Math.max(1, (list.total() + pageSize - 1) / pageSize);
        List<Item> items = list.items().stream()
                .map(i -> new Item(i, i.publishedAt() == null ? "" : DAY.format(i.publishedAt()))).toList();
        return new ChannelPage(channel, list.total(), items, Pager.of("channels/" + channel.getId() + "?page=", page, pages));
    }

    /** Whether this page lists no article. */
    public boolean empty() {
        return items.isEmpty();
    }

    @Override
    public String template() {
        return "channel.mustache";
    }

    /** The channel's name. */
    @Override
    public String pageTitle() {
        return channel.getName();
    }
}
