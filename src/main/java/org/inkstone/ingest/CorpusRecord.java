package org.inkstone.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One valid record of an import file, after validation: {@code externalId} is the source's id,
 * {@code channelId} a known channel, {@code title} never blank (a fallback is derived when missing),
 * {@code date} may be null, {@code tags} may be empty.
 */
public record CorpusRecord(int line, String externalId, String channelId, String title, boolean titleDerived,
                           String body, String source, LocalDate date, List<String> tags) {
}
