package org.inkstone.web;

/**
 * Which link of the newsroom navigation ({@code newsroom-nav.mustache}) is the current page: the partial marks
 * that one {@code aria-current="page"}. A newsroom page record exposes it as {@code newsroomNav()}; a page
 * without that member (or with {@link #NONE}) marks no link. Immutable.
 */
public record NewsroomNav(boolean articles, boolean write, boolean review, boolean scheduled, boolean channels,
                          boolean picks, boolean accounts, boolean partners) {

    /** No link is current (e.g. the history page of one article). */
    public static final NewsroomNav NONE = new NewsroomNav(false, false, false, false, false, false, false, false);
    /** 稿件 {@code /newsroom}. */
    public static final NewsroomNav ARTICLES = new NewsroomNav(true, false, false, false, false, false, false, false);
    /** 写稿 {@code /newsroom/articles/new}. */
    public static final NewsroomNav WRITE = new NewsroomNav(false, true, false, false, false, false, false, false);
    /** 审核 {@code /newsroom/review}. */
    public static final NewsroomNav REVIEW = new NewsroomNav(false, false, true, false, false, false, false, false);
    /** 定时 {@code /newsroom/scheduled}. */
    public static final NewsroomNav SCHEDULED = new NewsroomNav(false, false, false, true, false, false, false, false);
    /** 栏目 {@code /newsroom/channels} (built by the admin pages). */
    public static final NewsroomNav CHANNELS = new NewsroomNav(false, false, false, false, true, false, false, false);
    /** 推荐位 {@code /newsroom/picks} (built by the admin pages). */
    public static final NewsroomNav PICKS = new NewsroomNav(false, false, false, false, false, true, false, false);
    /** 账号 {@code /newsroom/accounts} (built by the admin pages). */
    public static final NewsroomNav ACCOUNTS = new NewsroomNav(false, false, false, false, false, false, true, false);
    /** 合作媒体 {@code /newsroom/partners} and a partner's delivery log (syndication, administrators). */
    public static final NewsroomNav PARTNERS = new NewsroomNav(false, false, false, false, false, false, false, true);
}
