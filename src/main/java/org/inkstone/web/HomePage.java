package org.inkstone.web;

import org.inkstone.article.ArticleItem;
import org.inkstone.channel.Channel;

import java.util.List;

/**
 * The home page ({@code home.mustache}): the site's recommended list, then one section per channel that
 * has articles, in menu order.
 *
 * @param recommended the recommended articles, best first; may be empty ("暂无推荐文章")
 * @param sections    channels with at least one article; empty when the site has none ("还没有文章")
 */
public record HomePage(List<ArticleItem> recommended, List<Section> sections) implements Page {

    public HomePage {
        recommended = List.copyOf(recommended);
        sections = List.copyOf(sections);
    }

    /**
     * One channel's block on the home page.
     *
     * @param channel the channel, linked by its heading
     * @param items   its latest articles, newest first
     * @param total   how many published articles the channel has in all ("共 N 篇")
     */
    public record Section(Channel channel, List<ArticleItem> items, long total) {

        public Section {
            items = List.copyOf(items);
        }
    }

    @Override
    public String template() {
        return "home.mustache";
    }

    @Override
    public String pageTitle() {
        return "首页";
    }
}
