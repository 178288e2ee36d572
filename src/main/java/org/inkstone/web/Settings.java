package org.inkstone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.inkstone.account.AccountSettings;
import org.inkstone.article.ArticleSettings;
import org.inkstone.captcha.CaptchaSettings;
import org.inkstone.comment.CommentSettings;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.SiteSettings;
import org.inkstone.ingest.ImportSettings;
import org.inkstone.media.MediaSettings;
import org.inkstone.moderation.ModerationSettings;
import org.inkstone.search.IndexSettings;

/**
 * The one place where each feature's typed settings record is built from {@link InkstoneConfig}, once per
 * application and shared (records: immutable, thread-safe). A value out of range fails the first injection
 * with {@link org.inkstone.common.InvalidSettingException} naming the key. Lives at the top floor because it
 * names every feature; features only see their own record, and only the records' {@code from} methods read
 * keys.
 */
@ApplicationScoped
public class Settings {

    /**
     * Builds every settings record once, at start-up ({@link Startup} calls it first), so a bad value stops the
     * deployment with its key named instead of failing the first request that needs it.
     *
     * @throws org.inkstone.common.InvalidSettingException for the first value out of range
     */
    public void checkAll(InkstoneConfig config) {
        siteSettings(config);
        accountSettings(config);
        importSettings(config);
        indexSettings(config);
        searchSettings(config);
        articleSettings(config);
        commentSettings(config);
        moderationSettings(config);
        captchaSettings(config);
        mediaSettings(config);
        newsroomSettings(config);
        syndicationSettings(config);
        healthSettings(config);
    }

    @Produces
    @Singleton
    SiteSettings siteSettings(InkstoneConfig config) {
        return SiteSettings.from(config);
    }

    @Produces
    @Singleton
    AccountSettings accountSettings(InkstoneConfig config) {
        return AccountSettings.from(config);
    }

    @Produces
    @Singleton
    ImportSettings importSettings(InkstoneConfig config) {
        return ImportSettings.from(config);
    }

    @Produces
    @Singleton
    IndexSettings indexSettings(InkstoneConfig config) {
        return IndexSettings.from(config);
    }

    @Produces
    @Singleton
    org.inkstone.search.SearchSettings searchSettings(InkstoneConfig config) {
        return org.inkstone.search.SearchSettings.from(config);
    }

    @Produces
    @Singleton
    ArticleSettings articleSettings(InkstoneConfig config) {
        return ArticleSettings.from(config);
    }

    @Produces
    @Singleton
    CommentSettings commentSettings(InkstoneConfig config) {
        return CommentSettings.from(config);
    }

    @Produces
    @Singleton
    ModerationSettings moderationSettings(InkstoneConfig config) {
        return ModerationSettings.from(config);
    }

    @Produces
    @Singleton
    CaptchaSettings captchaSettings(InkstoneConfig config) {
        return CaptchaSettings.from(config);
    }

    @Produces
    @Singleton
    MediaSettings mediaSettings(InkstoneConfig config) {
        return MediaSettings.from(config);
    }

    @Produces
    @Singleton
    org.inkstone.newsroom.NewsroomSettings newsroomSettings(InkstoneConfig config) {
        return org.inkstone.newsroom.NewsroomSettings.from(config);
    }

    @Produces
    @Singleton
    org.inkstone.syndication.SyndicationSettings syndicationSettings(InkstoneConfig config) {
        return org.inkstone.syndication.SyndicationSettings.from(config);
    }

    @Produces
    @Singleton
    HealthSettings healthSettings(InkstoneConfig config) {
        return HealthSettings.from(config);
    }
}
