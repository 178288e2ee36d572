package org.inkstone.comment;

import org.inkstone.common.FakeRateWindowMapper;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.RateLimiter;
import org.inkstone.common.Subject;
import org.inkstone.common.TooManyRequestsException;
import org.inkstone.moderation.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Flagging: block, then the flag limit, then the store, then one event; refusals announce nothing. */
class CommentFlagsTest {

    private static final String CLIENT = "ab".repeat(32);
    private static final Author READER = new Author(5L, "读者", false, CLIENT, null);
    private static final Author ANONYMOUS = new Author(null, null, false, CLIENT, null);

    private final List<String> calls = new ArrayList<>();
    private final FakeRateWindowMapper windows = new FakeRateWindowMapper();
    private boolean blocked;
    private RuntimeException failFlag;

    private final CommentStore store = new CommentStore() {
        @Override
        public boolean blocked(List<Subject> subjects, Instant now) {
            calls.add("blocked?");
            return blocked;
        }

        @Override
        public Posted insert(long articleId, PreparedComment comment, Author author, Verdict verdict, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long flag(long commentId, String flaggerKey, String reason, int threshold, Instant now) {
            calls.add("flag " + commentId + " by " + flaggerKey.replace(CLIENT, "client") + " for " + reason + " at " + threshold);
            if (failFlag != null) {
                throw failFlag;
            }
            return 7;
        }

        @Override
        public List<Long> moderate(List<Long> ids, CommentStatus target, long actorId, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int purgeDuplicateGuards(Instant now) {
            throw new UnsupportedOperationException();
        }
    };

    private CommentFlags flags() {
        Properties p = new Properties();
        p.setProperty("inkstone.comment.rate.flags-per-minute", "2");
        p.setProperty("inkstone.comment.flags.threshold", "4");
        InkstoneConfig config = new InkstoneConfig(Map.of(), p);
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_000_030), ZoneOffset.UTC);
        CommentFlags f = new CommentFlags();
        f.blocks = new Blocks(store, null, null, clock);
        f.limiter = new RateLimiter(windows, config, null, clock);
        f.store = store;
        f.settings = CommentSettings.from(config);
        f.changed = new RecordingEvent<>(e -> calls.add("event " + e.articleId()));
        return f;
    }

    @Test
    void aFlagIsCountedStoredAndAnnounced() {
        flags().flag(12, READER, "spam");
        flags().flag(13, ANONYMOUS, "abuse");
        assertEquals(List.of("blocked?", "flag 12 by a:5 for spam at 4", "event 7",
                "blocked?", "flag 13 by c:client for abuse at 4", "event 7"), calls);
        assertEquals(List.of("flag:a:5@1000020", "flag:c:" + CLIENT + "@1000020"), windows.upserts);
    }

    @Test
    void aBlockedReaderIsRefusedBeforeTheLimitCounts() {
        blocked = true;
        assertThrows(BlockedException.class, () -> flags().flag(12, READER, "spam"));
        assertEquals(List.of("blocked?"), calls);
        assertEquals(List.of(), windows.upserts);
    }

    @Test
    void aReaderOverTheLimitIsRefusedBeforeTheStore() {
        flags().flag(12, READER, "spam");
        flags().flag(13, READER, "spam");
        calls.clear();
        assertThrows(TooManyRequestsException.class, () -> flags().flag(14, READER, "spam"));
        assertEquals(List.of("blocked?"), calls);
    }

    @Test
    void aRefusedFlagIsNotAnnounced() {
        failFlag = new AlreadyFlaggedException();
        AlreadyFlaggedException e = assertThrows(AlreadyFlaggedException.class, () -> flags().flag(12, READER, "spam"));
        assertEquals(409, e.status());
        assertEquals("already_flagged", e.code());
        failFlag = new CommentNotFoundException(12);
        CommentNotFoundException missing = assertThrows(CommentNotFoundException.class, () -> flags().flag(12, READER, "spam"));
        assertEquals(404, missing.status());
        assertEquals("comment_not_found", missing.code());
        assertEquals("评论不存在：12", missing.getMessage());
        assertEquals(List.of("blocked?", "flag 12 by a:5 for spam at 4", "blocked?", "flag 12 by a:5 for spam at 4"), calls);
    }
}
