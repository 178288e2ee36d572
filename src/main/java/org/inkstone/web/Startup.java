package org.inkstone.web;

import org.inkstone.account.AccountService;
import org.inkstone.captcha.CaptchaService;
import org.inkstone.comment.CommentService;
import org.inkstone.common.RateLimiter;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.inkstone.article.PageViews;
import org.inkstone.article.Recommendations;
import org.inkstone.article.ViewCounter;
import org.inkstone.common.Database;
import org.inkstone.article.ArticleSettings;
import org.inkstone.ingest.CorpusImporter;
import org.inkstone.article.ArticleIndexer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings a node up when the application starts, in order: schema migration (Flyway), the first admin account
 * (see {@link AccountService#ensureAdmin}), import of the files
 * named by {@code inkstone.import.files} (idempotent), search index open + catch-up from the outbox (or a
 * full rebuild), the publication of scheduled articles whose time passed while it was down, then the periodic
 * outbox poll, scheduled publication (every {@code inkstone.newsroom.schedule-poll-ms}), the push delivery worker (every
 * {@code inkstone.syndication.poll-interval-ms}) and view-count flush and the purge of expired CAPTCHA, duplicate-guard, view-claim and rate-limit rows every 10 minutes,
 * and in the background the related
 * lists of the newest articles that have no stored list; last, the first health evaluation ({@link HealthMonitor},
 * which then keeps evaluating every 0.5 s), so the node is ready when it starts serving. Deployment fails if
 * migration fails.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Database database;

    @Inject
    Settings settings;

    @Inject
    org.inkstone.common.InkstoneConfig config;

    @Inject
    CorpusImporter importer;

    @Inject
    ArticleIndexer indexer;

    @Inject
    ViewCounter views;

    @Inject
    ArticleSettings articleSettings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Recommendations recommendations;

    @Inject
    AccountService accounts;

    @Inject
    CaptchaService captchas;

    @Inject
    CommentService comments;

    @Inject
    RateLimiter limiter;

    @Inject
    HealthMonitor health;

    @Inject
    PageViews pageViews;

    @Inject
    org.inkstone.newsroom.ScheduledPublisher scheduledPublisher;

    @Inject
    org.inkstone.newsroom.NewsroomSettings newsroomSettings;

    @Inject
    org.inkstone.syndication.DeliveryWorker deliveryWorker;

    @Inject
    org.inkstone.syndication.SyndicationSettings syndicationSettings;

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        settings.checkAll(config);
        Database.migrate(database.dataSource());
        checkSession();
        accounts.completeNameSkeletons();
        accounts.ensureAdmin();
        importer.importConfiguredFiles();
        indexer.start();
        long poll = articleSettings.indexPollInterval().toMillis();
        tasks.add(scheduler.scheduleWithFixedDelay(guard("outbox catch-up and index commit", indexer::poll), poll, poll, TimeUnit.MILLISECONDS));
        scheduledPublisher.publishDue(); // times that passed while the server was down
        long due = newsroomSettings.schedulePoll().toMillis();
        tasks.add(scheduler.scheduleWithFixedDelay(guard("scheduled publication", scheduledPublisher::publishDue), due, due, TimeUnit.MILLISECONDS));
        deliveryWorker.start();
        long push = syndicationSettings.pollInterval().toMillis();
        tasks.add(scheduler.scheduleWithFixedDelay(guard("push deliveries", deliveryWorker::poll), push, push, TimeUnit.MILLISECONDS));
        long flush = articleSettings.viewsFlush().toMillis();
        tasks.add(scheduler.scheduleWithFixedDelay(guard("view flush", views::flush), flush, flush, TimeUnit.MILLISECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(guard("expired rows purge", () -> {
            captchas.purge();
            comments.purgeDuplicateGuards();
            pageViews.purge();
            limiter.purge(Math.max(2 * 3600, pageViews.windowSeconds())); // the per-address view cap uses that window
        }), 1, 10, TimeUnit.MINUTES));
        health.start(); // first evaluation before the node serves; then every 0.5 s in the background
        executor.submit(guard("related warm-up", () -> {
            long t = System.nanoTime();
            int n = recommendations.warmUp();
            LOG.info(String.format("related warm-up: %,d articles without a stored list computed in %.1f s", n, (System.nanoTime() - t) / 1e9));
        }));
        LOG.info("Inkstone is up");
    }

    /** Warns when the connection is not utf8mb4 or not in strict SQL mode (see the README on the URL). */
    private void checkSession() {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT @@character_set_connection, @@sql_mode, VERSION()")) {
            r.next();
            LOG.info("database " + r.getString(3) + ", connection charset " + r.getString(1) + ", sql_mode " + r.getString(2));
            if (!"utf8mb4".equals(r.getString(1))) {
                LOG.warning("connection character set is " + r.getString(1) + ", not utf8mb4: add characterEncoding=UTF-8 to the URL");
            }
            if (!r.getString(2).contains("STRICT_ALL_TABLES") && !r.getString(2).contains("STRICT_TRANS_TABLES")) {
                LOG.warning("SQL mode is not strict: add sessionVariables=sql_mode=TRADITIONAL to the URL");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database check failed", e);
        }
    }

    private static Runnable guard(String name, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " failed; will retry", e);
            }
        };
    }

    @PreDestroy
    void stop() {
        health.stop();
        tasks.forEach(t -> t.cancel(false));
        deliveryWorker.stop(); // running pushes finish (up to the timeout); what this node holds goes back in the queue
        try {
            indexer.commitNow(); // rows applied since the last interval commit
        } catch (RuntimeException e) {
            LOG.warning("index commit at shutdown failed (the outbox is replayed at the next start): " + e);
        }
    }
}
