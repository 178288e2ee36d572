package org.inkstone.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.article.Article;
import org.inkstone.article.ArticleService;
import org.inkstone.article.ArticleStatus;
import org.inkstone.channel.ChannelService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Imports article files into the database as published articles. Idempotent by the source id: records
 * whose id is already stored are skipped, so importing the same file twice changes nothing. Records are
 * written in batches of {@code inkstone.import.batch-size}, each batch one transaction (articles, tags and
 * index outbox rows together), so a crash never leaves a half-imported article. Progress (count, rate,
 * rejects) and every reject (line and reason) are logged.
 */
@ApplicationScoped
public class CorpusImporter {

    private static final Logger LOG = Logger.getLogger(CorpusImporter.class.getName());

    /** Totals of one file's import. */
    public record Report(Path file, int read, int imported, int alreadyPresent, List<CorpusReader.Reject> rejects,
                         double seconds) {
        @Override
        public String toString() {
            return String.format("import %s: %,d records read, %,d imported, %,d already present, %,d rejected, "
                            + "%.1f s (%,.0f records/s)", file.getFileName(), read, imported, alreadyPresent,
                    rejects.size(), seconds, read / Math.max(seconds, 1e-3));
        }
    }

    @Inject
    ArticleService articles;

    @Inject
    ChannelService channels;

    @Inject
    ImportSettings settings;

    /** Imports every file named by {@code inkstone.import.files}; a missing file is logged and skipped. */
    public List<Report> importConfiguredFiles() {
        List<Report> reports = new ArrayList<>();
        for (Path p : settings.files()) {
            if (!Files.isReadable(p)) {
                LOG.warning("import file not found or unreadable: " + p.toAbsolutePath());
                continue;
            }
            try {
                reports.add(importFile(p));
            } catch (IOException e) {
                LOG.severe("import of " + p + " failed: " + e);
            }
        }
        return reports;
    }

    /** Imports one file; see the class description. Throws {@link IOException} when it cannot be read. */
    public Report importFile(Path file) throws IOException {
        CorpusReader reader = new CorpusReader(channels::resolveAlias, settings.maxTitleChars(),
                settings.maxBodyChars(), settings.maxSourceChars());
        int batchSize = settings.batchSize();
        ZoneId zone = settings.zone();
        long started = System.nanoTime();
        List<CorpusRecord> batch = new ArrayList<>(batchSize);
        List<CorpusReader.Reject> rejects = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int[] counts = new int[3]; // read, imported, already present
        Runnable flush = () -> {
            int[] r = writeBatch(batch, zone);
            counts[1] += r[0];
            counts[2] += r[1];
            batch.clear();
        };
        reader.read(file, rec -> {
            counts[0]++;
            if (!seen.add(rec.externalId())) {
                rejects.add(new CorpusReader.Reject(rec.line(), "duplicate id " + rec.externalId() + " in the file"));
                LOG.warning(file.getFileName() + ":" + rec.line() + ": rejected: duplicate id " + rec.externalId());
                return;
            }
            batch.add(rec);
            if (batch.size() >= batchSize) {
                flush.run();
                if (counts[0] % 1000 < batchSize) {
                    progress(file, counts, rejects.size(), started);
                }
            }
        }, reject -> {
            counts[0]++;
            rejects.add(reject);
            LOG.warning(file.getFileName() + ":" + reject.line() + ": rejected: " + reject.reason());
        });
        if (!batch.isEmpty()) {
            flush.run();
        }
        Report report = new Report(file, counts[0], counts[1], counts[2], List.copyOf(rejects),
                (System.nanoTime() - started) / 1e9);
        LOG.info(report.toString());
        return report;
    }

    private static void progress(Path file, int[] counts, int rejects, long started) {
        double s = (System.nanoTime() - started) / 1e9;
        LOG.info(String.format("import %s: %,d read, %,d imported, %,d rejected, %,.0f records/s",
                file.getFileName(), counts[0], counts[1], rejects, counts[0] / Math.max(s, 1e-3)));
    }

    /** Returns {imported, already present}. */
    private int[] writeBatch(List<CorpusRecord> batch, ZoneId zone) {
        Set<String> existing = new HashSet<>(articles.existingExternalIds(batch.stream().map(CorpusRecord::externalId).toList()));
        List<Article> rows = new ArrayList<>();
        Map<Article, List<String>> tags = new IdentityHashMap<>();
        Instant now = Instant.now();
        for (CorpusRecord r : batch) {
            if (existing.contains(r.externalId())) {
                continue;
            }
            Article a = new Article();
            a.setExternalId(r.externalId());
            a.setChannelId(r.channelId());
            a.setTitle(r.title());
            a.setSource(r.source());
            a.setBody(r.body());
            a.setStatus(ArticleStatus.PUBLISHED.db());
            a.setPublishedAt(r.date() == null ? now : r.date().atStartOfDay(zone).toInstant());
            rows.add(a);
            if (!r.tags().isEmpty()) {
                tags.put(a, r.tags());
            }
        }
        if (!rows.isEmpty()) {
            articles.insertAll(rows, tags);
        }
        return new int[] {rows.size(), batch.size() - rows.size()};
    }
}
