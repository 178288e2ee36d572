package org.inkstone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.inkstone.article.ArticleSettings;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.ingest.ImportSettings;
import org.inkstone.search.IndexSettings;

/**
 * The one place where each feature's typed settings record is built from the configuration, once per
 * application: a bad value stops the deployment with the key named, instead of failing a request later.
 * Features inject their record; only this class and the records' {@code from} methods read keys.
 */
@ApplicationScoped
public class Settings {

    @Inject
    InkstoneConfig config;

    @Produces
    @Singleton
    ImportSettings importSettings() {
        return ImportSettings.from(config);
    }

    @Produces
    @Singleton
    IndexSettings indexSettings() {
        return IndexSettings.from(config);
    }

    @Produces
    @Singleton
    ArticleSettings articleSettings() {
        return ArticleSettings.from(config);
    }
}
