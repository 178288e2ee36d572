package org.inkstone.common;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RateLimiterTest {

    private static final String CLIENT = "ab".repeat(32);
    private final FakeRateWindowMapper windows = new FakeRateWindowMapper();

    /** Epoch second 1,000,030 is 10 s into the minute window that starts at 1,000,020 (1,000,020 = 60 × 16,667). */
    private RateLimiter at(long epochSecond, long extraMillis, String... overrides) {
        Properties p = new Properties();
        for (int i = 0; i < overrides.length; i += 2) {
            p.setProperty(overrides[i], overrides[i + 1]);
        }
        Clock clock = Clock.fixed(Instant.ofEpochSecond(epochSecond).plusMillis(extraMillis), ZoneOffset.UTC);
        return new RateLimiter(windows, new InkstoneConfig(Map.of(), p), null, clock);
    }

    @Test
    void aWindowStartsAtTheEpochSecondDivisibleByItsLength() {
        at(1_000_030, 999).hit(RateLimit.COMMENT_CLIENT, Subject.client(CLIENT));
        at(1_000_030, 0).hit(RateLimit.LOGIN_FAILURE, Subject.account(7));
        at(1_000_030, 0).hit(RateLimit.REGISTER, Subject.client(CLIENT));
        assertEquals(List.of("comment-client:c:" + CLIENT + "@1000020", "login-fail:a:7@999900", "register:c:" + CLIENT + "@997200"),
                windows.upserts);
    }

    @Test
    void theHitOverTheMaximumIsRefusedWithTheSecondsLeftInTheWindow() {
        RateLimiter limiter = at(1_000_030, 0, "inkstone.comment.rate.client-per-minute", "3");
        Subject s = Subject.client(CLIENT);
        assertEquals(1, limiter.hit(RateLimit.COMMENT_CLIENT, s));
        assertEquals(2, limiter.hit(RateLimit.COMMENT_CLIENT, s));
        assertEquals(3, limiter.hit(RateLimit.COMMENT_CLIENT, s));
        TooManyRequestsException e = assertThrows(TooManyRequestsException.class, () -> limiter.hit(RateLimit.COMMENT_CLIENT, s));
        assertEquals(50, e.retryAfterSeconds());
        assertEquals(429, e.status());
        assertEquals("rate_limited", e.code());
        assertEquals(4, limiter.peek(RateLimit.COMMENT_CLIENT, s), "a refused hit still counts");
    }

    @Test
    void aPartnersPullsCountUnderItsOwnKeyPerMinute() {
        RateLimiter limiter = at(1_000_030, 0, "inkstone.syndication.pull.per-minute", "2");
        assertEquals(1, limiter.hit(RateLimit.SYNDICATION_PULL, "p:9"));
        assertEquals(2, limiter.hit(RateLimit.SYNDICATION_PULL, "p:9"));
        assertEquals(1, limiter.hit(RateLimit.SYNDICATION_PULL, "p:10"), "another partner has its own window");
        TooManyRequestsException e = assertThrows(TooManyRequestsException.class, () -> limiter.hit(RateLimit.SYNDICATION_PULL, "p:9"));
        assertEquals(50, e.retryAfterSeconds());
        assertEquals("pull:p:9@1000020", windows.upserts.get(0));
    }

    @Test
    void theLastSecondOfAWindowLeavesOneSecondAndTheNextWindowStartsAfresh() {
        String[] max1 = {"inkstone.comment.rate.client-per-minute", "1"};
        Subject s = Subject.client(CLIENT);
        at(1_000_079, 999, max1).hit(RateLimit.COMMENT_CLIENT, s);
        TooManyRequestsException e = assertThrows(TooManyRequestsException.class,
                () -> at(1_000_079, 999, max1).hit(RateLimit.COMMENT_CLIENT, s));
        assertEquals(1, e.retryAfterSeconds());
        assertEquals(1, at(1_000_080, 0, max1).hit(RateLimit.COMMENT_CLIENT, s), "1,000,080 starts a new window");
        assertEquals(0, at(1_000_140, 0, max1).peek(RateLimit.COMMENT_CLIENT, s));
    }

    @Test
    void limitsOfOtherNamesAndSubjectsCountApart() {
        RateLimiter limiter = at(1_000_030, 0, "inkstone.comment.rate.flags-per-minute", "1");
        limiter.hit(RateLimit.FLAG, Subject.account(1));
        limiter.hit(RateLimit.FLAG, Subject.account(2));
        limiter.hit(RateLimit.FLAG, Subject.client(CLIENT));
        assertEquals(1, limiter.peek(RateLimit.FLAG, Subject.account(1)));
        assertEquals(0, limiter.peek(RateLimit.COMMENT_ACCOUNT, Subject.account(1)));
    }

    @Test
    void peekDoesNotCountAndReleaseTakesOneHitBack() {
        RateLimiter limiter = at(1_000_030, 0);
        RateLimiter.Limit login = RateLimit.LOGIN_FAILURE.limit(new InkstoneConfig(Map.of(), new Properties()));
        assertEquals(new RateLimiter.Limit("login-fail", 10, 900), login);
        assertEquals(0, limiter.peek(login, "u:zhang"));
        assertEquals(1, limiter.count(login, "u:zhang"));
        assertEquals(2, limiter.count(login, "u:zhang"));
        limiter.release(login, "u:zhang");
        assertEquals(1, limiter.peek(login, "u:zhang"));
    }

    @Test
    void theLoginLimitPerUserNameIsTenTimesThePerAddressOne() {
        InkstoneConfig config = new InkstoneConfig(Map.of("INKSTONE_ACCOUNT_LOGIN_MAX_FAILURES", "4"), new Properties());
        assertEquals(new RateLimiter.Limit("login-fail-user", 40, 900), RateLimit.LOGIN_FAILURE_USER.limit(config));
    }

    @Test
    void aMaximumThatIsNotAPositiveNumberFailsNamingTheKey() {
        RateLimiter limiter = at(1_000_030, 0, "inkstone.captcha.rate.per-minute", "0");
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> limiter.hit(RateLimit.CAPTCHA, Subject.client(CLIENT)));
        assertEquals("inkstone.captcha.rate.per-minute: expected a whole number from 1 to 2147483647, got '0'", e.getMessage());
        assertEquals(List.of(), windows.upserts, "nothing is counted under a broken limit");
    }

    @Test
    void purgeRemovesWindowsThatStartedBeforeTheGivenAge() {
        at(1_000_030, 0).hit(RateLimit.COMMENT_CLIENT, Subject.client(CLIENT));
        at(1_010_030, 0).hit(RateLimit.FLAG, Subject.client(CLIENT));
        assertEquals(1, at(1_010_030, 0).purge(7200));
    }
}
