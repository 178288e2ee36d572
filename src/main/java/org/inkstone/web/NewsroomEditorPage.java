package org.inkstone.web;

import java.util.List;

/**
 * The article editor ({@code newsroom-editor.mustache}, {@code /newsroom/articles/new} and
 * {@code /newsroom/articles/{id}/edit}): the form with every field, the Quill body editor, the cover image
 * picker and the transition buttons, driven by {@code assets/newsroom-editor.js} against the newsroom API
 * (the article, its working copy, transitions, media).
 *
 * @param articleId      the article edited, or null for a new one
 * @param zone           the site zone's id ({@code inkstone.site.zone}, e.g. {@code Asia/Shanghai}): 发布时间 is
 *                       entered and shown in it
 * @param channelOptions the 栏目 choices in menu order (none selected: the script selects the article's)
 * @param user           the logged-in staff member (name and role: the navigation shows the links the role may open)
 */
public record NewsroomEditorPage(Long articleId, String zone, List<NewsroomOption> channelOptions, NewsroomUser user)
        implements Page {

    public NewsroomEditorPage {
        channelOptions = List.copyOf(channelOptions);
    }

    /** Whether this is the page of an existing article. */
    public boolean existing() {
        return articleId != null;
    }

    /** The navigation state: 写稿 for a new article, none for an existing one. */
    public NewsroomNav newsroomNav() {
        return existing() ? NewsroomNav.NONE : NewsroomNav.WRITE;
    }

    @Override
    public String template() {
        return "newsroom-editor.mustache";
    }

    @Override
    public String pageTitle() {
        return existing() ? "编辑稿件 #" + articleId : "写稿";
    }
}
