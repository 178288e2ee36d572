package org.inkstone.comment;

import org.inkstone.account.DisplayNames;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.captcha.CaptchaException;
import org.inkstone.captcha.CaptchaMapper;
import org.inkstone.captcha.CaptchaService;
import org.inkstone.captcha.CaptchaSettings;
import org.inkstone.captcha.ChallengeImage;
import org.inkstone.captcha.FakeCaptchaMapper;
import org.inkstone.captcha.StoredChallenge;
import org.inkstone.common.FakeRateWindowMapper;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.KeyedHash;
import org.inkstone.common.RateLimiter;
import org.inkstone.common.RateWindowMapper;
import org.inkstone.common.Subject;
import org.inkstone.common.TooManyRequestsException;
import org.inkstone.moderation.LinkCheck;
import org.inkstone.moderation.ModerationPolicy;
import org.inkstone.moderation.ModerationSettings;
import org.inkstone.moderation.NewWriterCheck;
import org.inkstone.moderation.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The posting pipeline's order, with every database seam faked: the comment store, the rate windows, the
 * CAPTCHA table and the writer history each write what they were asked into one list of calls.
 */
class CommentServiceTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_000_030); // 10 s into the minute window starting at 1,000,020
    private static final String CLIENT = "ab".repeat(32);
    private static final String WRITER = "ef".repeat(32);
    private static final String CAPTCHA = "AAAAAAAAAAAAAAAAAAAAAA";
    private static final long ARTICLE = 7;

    private static final Author ANONYMOUS = new Author(null, null, false, CLIENT, WRITER);
    private static final Author READER = new Author(5L, "规则读者", false, CLIENT, WRITER);
    private static final Author MODERATOR = new Author(1L, "管理员", true, CLIENT, WRITER);

    private final List<String> calls = new ArrayList<>();
    private final List<CommentChanged> events = new ArrayList<>();
    private final FakeStore store = new FakeStore();
    private final FakeCaptchaMapper challenges = new FakeCaptchaMapper();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private CaptchaService captchas;

    /** The comment store: blocks as configured, inserts recorded (ids from 101). */
    private final class FakeStore implements CommentStore {
        boolean blocked;
        RuntimeException failInsert;
        final List<PreparedComment> inserted = new ArrayList<>();

        @Override
        public boolean blocked(List<Subject> subjects, Instant now) {
            calls.add("blocked? " + subjects.stream().map(s -> s.isAccount() ? s.key() : "c:client").toList());
            return blocked;
        }

        @Override
        public Posted insert(long articleId, PreparedComment comment, Author author, Verdict verdict, Instant now) {
            calls.add("insert " + articleId + " " + (verdict.held() ? "hold " + verdict.reason() : "approve") + " at " + now);
            if (failInsert != null) {
                throw failInsert;
            }
            inserted.add(comment);
            return new Posted(100 + inserted.size(), verdict.held() ? "pending" : "approved");
        }

        @Override
        public long flag(long commentId, String flaggerKey, String reason, int threshold, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Long> moderate(List<Long> ids, CommentStatus target, long actorId, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int purgeDuplicateGuards(Instant now) {
            throw new UnsupportedOperationException();
        }
    }

    private CommentService service(String... overrides) {
        Properties p = new Properties();
        for (int i = 0; i < overrides.length; i += 2) {
            p.setProperty(overrides[i], overrides[i + 1]);
        }
        InkstoneConfig config = new InkstoneConfig(Map.of(), p);
        FakeRateWindowMapper windows = new FakeRateWindowMapper();
        RateWindowMapper recordedWindows = new RateWindowMapper() {
            @Override
            public int upsert(String bucket, long windowStart) {
                calls.add("limit " + bucket.replace(CLIENT, "client") + " @" + windowStart);
                return windows.upsert(bucket, windowStart);
            }

            @Override
            public Integer findHits(String bucket, long windowStart) {
                return windows.findHits(bucket, windowStart);
            }

            @Override
            public int release(String bucket, long windowStart) {
                return windows.release(bucket, windowStart);
            }

            @Override
            public int deleteOlderThan(long windowStart) {
                return windows.deleteOlderThan(windowStart);
            }
        };
        CaptchaMapper recordedChallenges = new CaptchaMapper() {
            @Override
            public int insert(StoredChallenge c, byte[] image) {
                return challenges.insert(c, image);
            }

            @Override
            public ChallengeImage findUsableImage(String id, Instant now) {
                return challenges.findUsableImage(id, now);
            }

            @Override
            public int markUsed(String id, Instant now) {
                calls.add("captcha " + id);
                return challenges.markUsed(id, now);
            }

            @Override
            public StoredChallenge findById(String id) {
                return challenges.findById(id);
            }

            @Override
            public int deleteExpiredBefore(Instant before) {
                return challenges.deleteExpiredBefore(before);
            }
        };
        captchas = new CaptchaService(recordedChallenges, KeyedHash.withSecret("test"), null,
                new CaptchaSettings(Duration.ofMinutes(5)), clock);
        CommentSettings settings = CommentSettings.from(config);
        ModerationSettings moderation = ModerationSettings.from(config);
        ModerationPolicy policy = new ModerationPolicy(List.of(new LinkCheck(moderation), new NewWriterCheck((hash, upTo) -> {
            calls.add("history " + (hash.equals(CLIENT) ? "client" : hash) + " up to " + upTo);
            return 0;
        }, moderation)));
        DisplayNames names = new DisplayNames(List.of("管理员"));
        return new CommentService(new Blocks(store, null, null, clock),
                new CommentLimits(new RateLimiter(recordedWindows, config, null, clock), settings),
                (field, raw) -> names.check(field, raw, List.of("编辑部")), captchas, policy, store,
                new RecordingEvent<>(e -> {
                    calls.add("event " + e.articleId());
                    events.add(e);
                }), settings, clock);
    }

    private void challenge(String answer) {
        challenges.add(captchas, CAPTCHA, "comment", ARTICLE, answer, NOW.plusSeconds(60));
    }

    private static NewComment comment(String nickname, String body, String captchaId, String answer) {
        return new NewComment(nickname, null, body, null, captchaId, answer);
    }

    @Test
    void aBlockedAuthorIsRefusedBeforeAnyLimitCounts() {
        CommentService comments = service();
        store.blocked = true;
        BlockedException e = assertThrows(BlockedException.class,
                () -> comments.post(ARTICLE, comment(null, "被封禁的读者", null, null), READER));
        assertEquals(403, e.status());
        assertEquals("blocked", e.code());
        assertEquals(List.of("blocked? [c:client, a:5]"), calls);
    }

    @Test
    void anInvalidBodyIsRefusedAfterTheLimitCountedAndBeforeTheCaptchaIsBurnt() {
        CommentService comments = service();
        challenge("k7mpx");
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> comments.post(ARTICLE, comment("读者乙", " <b></b> ", CAPTCHA, "k7mpx"), ANONYMOUS));
        assertEquals(Map.of("body", "评论内容不能为空"), e.fields());
        assertEquals(List.of("blocked? [c:client]", "limit comment-client:c:client @1000020"), calls);
        comments.post(ARTICLE, comment("读者乙", "改好了", CAPTCHA, "k7mpx"), ANONYMOUS); // the challenge is still good
    }

    @Test
    void refusedPostsOfAnAccountDoNotBringItsCaptchaNearer() {
        // threshold 2: the third post within the minute would need a CAPTCHA
        CommentService comments = service("inkstone.comment.captcha.account-threshold", "2");
        for (int i = 0; i < 5; i++) {
            assertThrows(InvalidParameterException.class, () -> comments.post(ARTICLE, comment(null, "   ", null, null), READER));
        }
        store.failInsert = new ArticleNotFoundException(ARTICLE);
        assertThrows(ArticleNotFoundException.class, () -> comments.post(ARTICLE, comment(null, "没有这篇文章", null, null), READER));
        store.failInsert = null;
        assertEquals("approved", comments.post(ARTICLE, comment(null, "第一条", null, null), READER).status());
        assertEquals("approved", comments.post(ARTICLE, comment(null, "第二条", null, null), READER).status());
        CaptchaException e = assertThrows(CaptchaException.class,
                () -> comments.post(ARTICLE, comment(null, "第三条", null, null), READER));
        assertEquals("captcha_required", e.code());
    }

    @Test
    void aBadNicknameIsRefusedBeforeTheCaptchaIsBurnt() {
        CommentService comments = service();
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> comments.post(ARTICLE, comment("管理员", "冒充", CAPTCHA, "k7mpx"), ANONYMOUS));
        assertEquals(List.of("nickname"), List.copyOf(e.fields().keySet()));
        assertEquals(List.of("blocked? [c:client]", "limit comment-client:c:client @1000020"), calls);
    }

    @Test
    void aWriterOverTheLimitIsRefusedBeforeTheInputIsRead() {
        CommentService comments = service("inkstone.comment.rate.client-per-minute", "1");
        challenge("k7mpx");
        comments.post(ARTICLE, comment("读者乙", "第一条", CAPTCHA, "k7mpx"), ANONYMOUS);
        calls.clear();
        TooManyRequestsException e = assertThrows(TooManyRequestsException.class,
                () -> comments.post(ARTICLE, comment("读者乙", "", null, null), ANONYMOUS));
        assertEquals(50, e.retryAfterSeconds());
        assertEquals(List.of("blocked? [c:client]", "limit comment-client:c:client @1000020"), calls);
    }

    @Test
    void aWrongCaptchaIsRefusedBeforeAnythingIsJudgedOrStored() {
        CommentService comments = service();
        challenge("k7mpx");
        CaptchaException e = assertThrows(CaptchaException.class,
                () -> comments.post(ARTICLE, comment("读者乙", "你好", CAPTCHA, "xxxxx"), ANONYMOUS));
        assertEquals(CaptchaException.Reason.WRONG, e.reason());
        assertEquals(List.of("blocked? [c:client]", "limit comment-client:c:client @1000020", "captcha " + CAPTCHA), calls);
        assertEquals(List.of(), events);
    }

    @Test
    void anAnonymousPostIsCheckedJudgedStoredAndAnnouncedOnceInThatOrder() {
        CommentService comments = service();
        challenge("k7mpx");
        Posted posted = comments.post(ARTICLE, new NewComment(" 读者乙 ", " reader@example.com ", "第一条评论", null, CAPTCHA, "K7MPX"), ANONYMOUS);
        assertEquals(new Posted(101, "pending"), posted);
        assertEquals(List.of("blocked? [c:client]", "limit comment-client:c:client @1000020", "captcha " + CAPTCHA,
                "history client up to 1", "insert 7 hold 新匿名作者的首条评论 at 1970-01-12T13:47:10Z", "event 7"), calls);
        assertEquals(List.of(new CommentChanged(ARTICLE)), events);
        PreparedComment stored = store.inserted.get(0);
        assertEquals("读者乙", stored.nickname());
        assertEquals("reader@example.com", stored.email());
        assertEquals("<p>第一条评论</p>", stored.rendered().html());
    }

    @Test
    void anAccountPostsUnderItsDisplayNameWithoutACaptchaUntilItsThreshold() {
        CommentService comments = service("inkstone.comment.captcha.account-threshold", "2");
        NewComment link = new NewComment("别名", "a@example.com", "看 <a href=\"https://example.com/\">这里</a>", null, null, null);
        assertEquals(new Posted(101, "pending"), comments.post(ARTICLE, link, READER));
        assertEquals(new Posted(102, "approved"), comments.post(ARTICLE, comment(null, "第二条", null, null), READER));
        CaptchaException e = assertThrows(CaptchaException.class,
                () -> comments.post(ARTICLE, comment(null, "第三条", null, null), READER));
        assertEquals(CaptchaException.Reason.REQUIRED, e.reason());
        assertEquals(List.of(
                "blocked? [c:client, a:5]", "limit comment-account:a:5 @1000020", "insert 7 hold 含链接 at 1970-01-12T13:47:10Z", "event 7",
                "blocked? [c:client, a:5]", "limit comment-account:a:5 @1000020", "insert 7 approve at 1970-01-12T13:47:10Z", "event 7",
                "blocked? [c:client, a:5]", "limit comment-account:a:5 @1000020"), calls);
        assertEquals("规则读者", store.inserted.get(0).nickname());
        assertNull(store.inserted.get(0).email());
    }

    @Test
    void staffAreNeitherBlockedNorLimitedNorAskedForACaptchaNorHeld() {
        CommentService comments = service("inkstone.comment.rate.account-per-minute", "1");
        store.blocked = true;
        NewComment link = comment(null, "编辑部说明 <a href=\"https://example.com/\">链接</a>", null, null);
        assertEquals(new Posted(101, "approved"), comments.post(ARTICLE, link, MODERATOR));
        assertEquals(new Posted(102, "approved"), comments.post(ARTICLE, comment(null, "第二条", null, null), MODERATOR));
        assertEquals(List.of("insert 7 approve at 1970-01-12T13:47:10Z", "event 7", "insert 7 approve at 1970-01-12T13:47:10Z", "event 7"), calls);
    }

    @Test
    void aPostTheStoreRefusesIsNotAnnounced() {
        CommentService comments = service();
        store.failInsert = new DuplicateCommentException();
        DuplicateCommentException e = assertThrows(DuplicateCommentException.class,
                () -> comments.post(ARTICLE, comment(null, "同一条", null, null), READER));
        assertEquals(409, e.status());
        assertEquals("duplicate_comment", e.code());
        assertEquals("请勿重复发表相同的评论", e.getMessage());
        assertEquals(Map.of("body", "重复"), e.fields());
        store.failInsert = new ArticleNotFoundException(ARTICLE);
        assertThrows(ArticleNotFoundException.class, () -> comments.post(ARTICLE, comment(null, "撤下的文章", null, null), READER));
        assertEquals(List.of(), events);
    }

    @Test
    void aBodyOverTheMaximumIsRefusedWithItsLength() {
        CommentService comments = service("inkstone.comment.max-chars", "10");
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> comments.post(ARTICLE, comment(null, "字".repeat(11), null, null), READER));
        assertEquals(Map.of("body", "评论不能超过 10 个字（现有 11 个）"), e.fields());
        InvalidParameterException huge = assertThrows(InvalidParameterException.class,
                () -> comments.post(ARTICLE, comment(null, "<b></b>".repeat(30), null, null), READER));
        assertEquals(Map.of("body", "评论不能超过 10 个字"), huge.fields(), "source over 20 times the maximum");
        comments.post(ARTICLE, comment(null, "字".repeat(10), null, null), READER);
    }
}
