package org.inkstone.ingest;

import org.inkstone.common.ConfigValues;
import org.inkstone.common.InkstoneConfig;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * What the importer reads at start and the limits it applies to each record. Immutable.
 *
 * @param files          {@code inkstone.import.files}: JSON or JSON Lines files imported at start, in order (default none;
 *                       the run profile names the seed and {@code ../shared/data/zh-news/news.jsonl})
 * @param batchSize      {@code inkstone.import.batch-size}: records per transaction, 1–10,000 (default 200)
 * @param maxTitleChars  {@code inkstone.import.max-title-chars}: longest title in code points, 1–10,000 (default 200)
 * @param maxBodyChars   {@code inkstone.import.max-body-chars}: longest body in code points, 1–10,000,000 (default 200,000)
 * @param maxSourceChars {@code inkstone.import.max-source-chars}: longest 来源 in code points, 1–1,000 (default 100)
 * @param zone           {@code inkstone.site.zone}: the zone of dates without an offset (default Asia/Shanghai)
 */
public record ImportSettings(List<Path> files, int batchSize, int maxTitleChars, int maxBodyChars, int maxSourceChars,
                             ZoneId zone) {

    /** Reads the keys above; throws {@link org.inkstone.common.InvalidSettingException} naming a key whose value is out of range. */
    public static ImportSettings from(InkstoneConfig c) {
        return new ImportSettings(c.getList("inkstone.import.files").stream().map(Path::of).toList(),
                ConfigValues.intIn(c, "inkstone.import.batch-size", 1, 10_000),
                ConfigValues.intIn(c, "inkstone.import.max-title-chars", 1, 10_000),
                ConfigValues.intIn(c, "inkstone.import.max-body-chars", 1, 10_000_000),
                ConfigValues.intIn(c, "inkstone.import.max-source-chars", 1, 1_000),
                c.zone());
    }
}
