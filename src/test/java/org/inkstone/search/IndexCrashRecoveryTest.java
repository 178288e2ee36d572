package org.inkstone.search;

import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 while indexing: a child JVM applies a simulated outbox (upserts and deletes, committing every
 * 50 rows with the position) and is killed with SIGKILL mid-way. Reopening the index and replaying the
 * outbox after the committed position must give exactly the expected documents.
 */
class IndexCrashRecoveryTest {

    /** Outbox row i (1-based): article i % 400 + 1; every 7th row withdraws (deletes) that article. */
    static boolean isDelete(long row) {
        return row % 7 == 0;
    }

    static long articleOf(long row) {
        return row % 400 + 1;
    }

    static IndexedArticle article(long id, long row) {
        return new IndexedArticle(id, "标题" + id + "版本" + row, "正文内容" + id + "，第" + row + "次修改。", List.of(), "news",
                Instant.ofEpochMilli(id));
    }

    static void apply(LuceneArticleIndex index, long row) {
        long id = articleOf(row);
        if (isDelete(row)) {
            index.delete(id);
        } else {
            index.upsert(article(id, row));
        }
    }

    /** Child process: applies rows from the committed position to {@code total}, slowly enough to be killed mid-way. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long total = Long.parseLong(args[1]);
        LuceneArticleIndex index = new LuceneArticleIndex(FSDirectory.open(dir), 16);
        long from = Math.max(0, index.committedPosition());
        for (long row = from + 1; row <= total; row++) {
            apply(index, row);
            if (row % 50 == 0) {
                index.commit(row, "db");
                Files.writeString(dir.resolveSibling("progress"), Long.toString(row));
            }
        }
        index.commit(total, "db");
        Thread.sleep(60_000);
    }

    private static long progress(Path file) {
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (java.io.IOException | NumberFormatException e) {
            return 0; // not written yet, or caught mid-write
        }
    }

    @Test
    void afterKillDashNineReplayFromTheCommittedPositionGivesTheExpectedDocuments(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("index");
        Files.createDirectories(dir);
        long total = 200_000;
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IndexCrashRecoveryTest.class.getName(),
                dir.toString(), Long.toString(total)).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path progress = tmp.resolve("progress");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (progress(progress) < 1000 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.onSpinWait();
        }
        child.destroyForcibly(); // SIGKILL on Linux
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        new File(dir.toFile(), "write.lock").delete(); // a killed process leaves the lock file; the lock itself died with it

        try (LuceneArticleIndex index = new LuceneArticleIndex(FSDirectory.open(dir), 16)) {
            long position = index.committedPosition();
            assertTrue(position >= 1000 && position < total, "killed mid-way at " + position);
            long upTo = position + 500; // the database has moved on since; replay includes rows the child never saw
            for (long row = position + 1; row <= upTo; row++) {
                apply(index, row);
            }
            index.commit(upTo, "db");

            Set<Long> expected = new HashSet<>();
            for (long row = 1; row <= upTo; row++) {
                if (isDelete(row)) {
                    expected.remove(articleOf(row));
                } else {
                    expected.add(articleOf(row));
                }
            }
            assertEquals(expected, index.allIds());
        }
    }
}
