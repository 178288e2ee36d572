package org.inkstone.media;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.inkstone.common.ItDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The media tables on the real database with the real migrations (V7): storing an image once, its page
 * sizes, the files served, keyset pages. Each test uses random hashes and deletes its rows afterwards.
 */
class MediaMapperIT {

    private static SqlSessionFactory factory;
    private final List<String> hashes = new ArrayList<>();

    @BeforeAll
    static void migrate() {
        factory = ItDatabase.sessionFactory();
    }

    @AfterEach
    void cleanUp() throws Exception {
        try (Connection c = ItDatabase.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM media WHERE hash = ?")) {
            for (String h : hashes) {
                s.setString(1, h);
                s.executeUpdate();
            }
        }
    }

    private String newHash() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        String h = HexFormat.of().formatHex(b);
        hashes.add(h);
        return h;
    }

    private static MediaRow row(String hash, String encoding, int width, int height, String alt) {
        MediaRow r = new MediaRow();
        r.setHash(hash);
        r.setEncoding(encoding);
        r.setSourceFormat("webp");
        r.setWidth(width);
        r.setHeight(height);
        r.setByteSize(3);
        r.setAlt(alt);
        r.setUploaderId(42L);
        // whole seconds: Connector/J sees MariaDB 10.x as "MySQL 5.5.5-10.x" and drops fractional seconds
        r.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return r;
    }

    @Test
    void anImageIsStoredWithItsPageSizesAndServedBack() {
        String hash = newHash();
        try (SqlSession s = factory.openSession(true)) {
            MediaMapper m = s.getMapper(MediaMapper.class);
            MediaRow r = row(hash, "jpeg", 2000, 1000, "雨中的长安街");
            assertEquals(1, m.insert(r, new byte[] {1, 2, 3}));
            assertTrue(r.getId() > 0, "the generated id is set");
            assertEquals(1, m.insertRendition(r.getId(), 1200, 600, new byte[] {4, 5}));
            assertEquals(1, m.insertRendition(r.getId(), 400, 200, new byte[] {6}));

            MediaRow found = m.findByHash(hash);
            assertEquals(r.getId(), found.getId());
            assertEquals("jpeg", found.getEncoding());
            assertEquals("webp", found.getSourceFormat());
            assertEquals(2000, found.getWidth());
            assertEquals(1000, found.getHeight());
            assertEquals(3, found.getByteSize());
            assertEquals("雨中的长安街", found.getAlt());
            assertEquals(42L, found.getUploaderId());
            assertEquals(r.getCreatedAt(), found.getCreatedAt());
            assertEquals(List.of(1200, 400), found.renditionWidths());

            assertArrayEquals(new byte[] {1, 2, 3}, m.findFile(hash).getBytes());
            assertEquals("jpeg", m.findFile(hash).getEncoding());
            assertArrayEquals(new byte[] {4, 5}, m.findRenditionFile(hash, 1200).getBytes());
            assertArrayEquals(new byte[] {6}, m.findRenditionFile(hash, 400).getBytes());
            assertNull(m.findRenditionFile(hash, 800));
            assertEquals("jpeg", m.findEncoding(hash, null));
            assertEquals("jpeg", m.findEncoding(hash, 400));
            assertNull(m.findEncoding(hash, 800));
            assertNull(m.findFile("0".repeat(64)));
            assertNull(m.findByHash("0".repeat(64)));
            assertEquals(2L, renditionRows(r.getId()));
        }
    }

    @Test
    void severalImagesAreFoundByHashInOneQuery() {
        String jpeg = newHash();
        String png = newHash();
        try (SqlSession s = factory.openSession(true)) {
            MediaMapper m = s.getMapper(MediaMapper.class);
            MediaRow a = row(jpeg, "jpeg", 800, 600, "甲");
            a.setByteSize(12345);
            m.insert(a, new byte[] {1});
            m.insert(row(png, "png", 10, 10, "乙"), new byte[] {2});
            List<MediaRow> found = new ArrayList<>(m.listByHashes(List.of(png, "0".repeat(64), jpeg)));
            found.sort(java.util.Comparator.comparing(MediaRow::getId));
            assertEquals(List.of(jpeg, png), found.stream().map(MediaRow::getHash).toList());
            assertEquals(12345, found.get(0).getByteSize());
            assertEquals("png", found.get(1).getEncoding());
        }
    }

    @Test
    void aHashIsStoredOnlyOnce() {
        String hash = newHash();
        try (SqlSession s = factory.openSession(true)) {
            MediaMapper m = s.getMapper(MediaMapper.class);
            m.insert(row(hash, "png", 10, 10, "一"), new byte[] {1});
            PersistenceException e = assertThrows(PersistenceException.class, () -> m.insert(row(hash, "png", 10, 10, "二"), new byte[] {1}));
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof SQLIntegrityConstraintViolationException)) {
                cause = cause.getCause();
            }
            assertInstanceOf(SQLIntegrityConstraintViolationException.class, cause, "what MediaStore takes for a duplicate");
            assertEquals("一", m.findByHash(hash).getAlt());
            assertEquals(1, m.updateAlt(m.findByHash(hash).getId(), "二"));
            assertEquals("二", m.findByHash(hash).getAlt());
        }
    }

    @Test
    void theStoreKeepsTheFirstUploadAndReplacesOnlyTheAltText() {
        String hash = newHash();
        try (SqlSession s = factory.openSession(true)) {
            MediaStore store = new MediaStore();
            store.mapper = s.getMapper(MediaMapper.class);
            ImagePipeline.Processed p = new ImagePipeline.Processed(hash, Encoding.PNG, ImageDecoder.Format.GIF, 1600, 800,
                    new byte[] {9, 9}, List.of(new ImagePipeline.Rendition(1200, 600, new byte[] {8}),
                    new ImagePipeline.Rendition(400, 200, new byte[] {7})));
            MediaStore.Stored first = store.save(p, "第一次", null);
            assertTrue(first.created());
            assertEquals(List.of(1200, 400), first.row().renditionWidths());
            MediaStore.Stored second = store.save(p, "第二次", 7L);
            assertEquals(false, second.created());
            assertEquals(first.row().getId(), second.row().getId());
            assertEquals("第二次", second.row().getAlt());
            assertNull(second.row().getUploaderId(), "the first uploader stays");
            assertEquals(List.of(1200, 400), second.row().renditionWidths());
            assertEquals(2L, renditionRows(first.row().getId()), "page sizes stored once");
        }
    }

    /**
     * The same new image uploaded by several people at the same moment: each upload's transaction looks the hash
     * up before any other commits, the losers' inserts wait for the winner's and then fail on the unique hash.
     * Every upload must still end with the one stored row (a new transaction reads it; the failed transaction's
     * snapshot under REPEATABLE READ does not show it: that was a NullPointerException and a 500).
     */
    @Test
    void concurrentUploadsOfTheSameNewImageAllGetTheOneStoredRow() throws Exception {
        String hash = newHash();
        ImagePipeline.Processed p = new ImagePipeline.Processed(hash, Encoding.PNG, ImageDecoder.Format.PNG, 1600, 800,
                new byte[] {9, 9}, List.of(new ImagePipeline.Rendition(1200, 600, new byte[] {8})));
        // the first upload has inserted and not yet committed when the second looks the hash up
        SqlSession first = factory.openSession(false);
        MediaStore firstStore = new MediaStore();
        firstStore.mapper = first.getMapper(MediaMapper.class);
        assertTrue(firstStore.save(p, "甲", 1L).created());
        java.util.concurrent.CountDownLatch looked = new java.util.concurrent.CountDownLatch(4);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<MediaStore.Stored>> others = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String alt = "乙" + i;
                others.add(pool.submit(() -> MediaStore.retryingOnce(() -> inTransaction(p, alt, looked))));
            }
            assertTrue(looked.await(10, java.util.concurrent.TimeUnit.SECONDS));
            Thread.sleep(300); // let the others reach their inserts, which wait for the first upload's lock
            first.commit();
            first.close();
            java.util.Set<String> alts = new java.util.HashSet<>();
            for (java.util.concurrent.Future<MediaStore.Stored> f : others) {
                MediaStore.Stored stored = f.get(20, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(false, stored.created());
                assertEquals(hash, stored.row().getHash());
                alts.add(stored.row().getAlt());
            }
            assertEquals(4, alts.size(), "each upload set its own alt text: " + alts);
        } finally {
            pool.shutdownNow();
        }
        try (SqlSession s = factory.openSession(true)) {
            MediaRow row = s.getMapper(MediaMapper.class).findByHash(hash);
            assertEquals(List.of(1200), row.renditionWidths());
            assertEquals(1L, renditionRows(row.getId()), "stored once");
        }
    }

    /** One {@link MediaStore#save} in its own transaction, as the CDI interceptor runs it (rolled back on an exception). */
    private static MediaStore.Stored inTransaction(ImagePipeline.Processed p, String alt, java.util.concurrent.CountDownLatch looked) {
        try (SqlSession s = factory.openSession(false)) {
            MediaStore store = new MediaStore();
            store.mapper = s.getMapper(MediaMapper.class);
            store.mapper.findByHash(p.hash()); // the first time, the snapshot is taken here, before the first upload commits
            looked.countDown();
            try {
                MediaStore.Stored stored = store.save(p, alt, 2L);
                s.commit();
                return stored;
            } catch (RuntimeException e) {
                s.rollback();
                throw e;
            }
        }
    }

    @Test
    void pagesGoNewestFirstByKeyset() {
        List<Long> ids = new ArrayList<>();
        try (SqlSession s = factory.openSession(true)) {
            MediaMapper m = s.getMapper(MediaMapper.class);
            for (int i = 0; i < 3; i++) {
                MediaRow r = row(newHash(), "png", 5, 5, "图" + i);
                m.insert(r, new byte[] {(byte) i});
                ids.add(r.getId());
            }
            long above = ids.get(2) + 1;
            assertEquals(List.of(ids.get(2), ids.get(1)), m.listBefore(above, 2).stream().map(MediaRow::getId).toList());
            assertEquals(List.of(ids.get(0)), m.listBefore(ids.get(1), 2).stream().filter(r -> ids.contains(r.getId()))
                    .map(MediaRow::getId).toList());
            assertTrue(m.listBefore(null, 1).get(0).getId() >= ids.get(2), "no cursor: the newest");
            assertEquals(List.of(), m.listBefore(ids.get(2), 5).get(0).renditionWidths());
        }
    }

    private static long renditionRows(long mediaId) {
        try (Connection c = ItDatabase.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM media_rendition WHERE media_id = ?")) {
            s.setLong(1, mediaId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
