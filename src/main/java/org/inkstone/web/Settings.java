package org.inkstone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.inkstone.captcha.CaptchaSettings;
import org.inkstone.comment.CommentSettings;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.moderation.ModerationSettings;

/**
 * The features' typed settings, each read once from {@link InkstoneConfig} and shared (records: immutable,
 * thread-safe). A value out of range fails the first injection with
 * {@link org.inkstone.common.InvalidSettingException} naming the key. Lives at the top floor because it
 * names every feature; features only see their own record.
 */
@ApplicationScoped
public class Settings {

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
}
