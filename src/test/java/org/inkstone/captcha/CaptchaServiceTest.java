package org.inkstone.captcha;

import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;
import org.inkstone.common.KeyedHash;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CaptchaServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final String ID = "AAAAAAAAAAAAAAAAAAAAAA"; // 22 characters, as issued
    private static final String OTHER_ID = "BBBBBBBBBBBBBBBBBBBBBB";

    private final FakeCaptchaMapper mapper = new FakeCaptchaMapper();
    private final CaptchaService captchas = new CaptchaService(mapper, KeyedHash.withSecret("test-secret"), null,
            new CaptchaSettings(Duration.ofMinutes(5)), Clock.fixed(NOW, ZoneOffset.UTC));

    private CaptchaException.Reason refusal(String id, String answer, String action, long articleId) {
        return assertThrows(CaptchaException.class, () -> captchas.verify(id, answer, action, articleId)).reason();
    }

    @Test
    void theRightAnswerIsAcceptedInAnyCaseAndWithSurroundingSpace() {
        mapper.add(captchas, ID, "comment", 7L, "k7mpx", NOW.plusSeconds(1));
        captchas.verify(ID, " K7MPX ", "comment", 7);
        assertEquals(List.of(ID), mapper.burnt);
    }

    @Test
    void aChallengeIsGoodOnceEvenAfterTheRightAnswer() {
        mapper.add(captchas, ID, "comment", 7L, "k7mpx", NOW.plusSeconds(60));
        captchas.verify(ID, "k7mpx", "comment", 7);
        assertEquals(CaptchaException.Reason.USED, refusal(ID, "k7mpx", "comment", 7));
    }

    @Test
    void aWrongAnswerBurnsTheChallenge() {
        mapper.add(captchas, ID, "comment", 7L, "k7mpx", NOW.plusSeconds(60));
        CaptchaException e = assertThrows(CaptchaException.class, () -> captchas.verify(ID, "k7mpy", "comment", 7));
        assertEquals(CaptchaException.Reason.WRONG, e.reason());
        assertEquals(422, e.status());
        assertEquals("captcha_wrong", e.code());
        assertEquals("验证码错误，请换一张重试", e.getMessage());
        assertEquals(Map.of("captchaAnswer", "验证码错误，请换一张重试"), e.fields());
        assertEquals(CaptchaException.Reason.USED, refusal(ID, "k7mpx", "comment", 7));
    }

    @Test
    void aChallengeExpiresAtItsExpiryInstant() {
        mapper.add(captchas, ID, "comment", 7L, "k7mpx", NOW);
        mapper.add(captchas, OTHER_ID, "comment", 7L, "k7mpx", NOW.plusMillis(1));
        assertEquals(CaptchaException.Reason.EXPIRED, refusal(ID, "k7mpx", "comment", 7));
        captchas.verify(OTHER_ID, "k7mpx", "comment", 7);
    }

    @Test
    void aChallengeOfAnotherArticleOrActionIsForeign() {
        mapper.add(captchas, ID, "comment", 8L, "k7mpx", NOW.plusSeconds(60));
        mapper.add(captchas, OTHER_ID, "login", 7L, "k7mpx", NOW.plusSeconds(60));
        assertEquals(CaptchaException.Reason.FOREIGN, refusal(ID, "k7mpx", "comment", 7));
        assertEquals(CaptchaException.Reason.FOREIGN, refusal(OTHER_ID, "k7mpx", "comment", 7));
    }

    @Test
    void unknownAndMalformedIdsAreUnknown() {
        assertEquals(CaptchaException.Reason.UNKNOWN, refusal(ID, "k7mpx", "comment", 7));
        assertEquals(CaptchaException.Reason.UNKNOWN, refusal("short", "k7mpx", "comment", 7));
        assertEquals(List.of(ID), mapper.burnt, "a malformed id never reaches the database");
    }

    @Test
    void aMissingIdOrAnswerIsRequiredAndBurnsNothing() {
        mapper.add(captchas, ID, "comment", 7L, "k7mpx", NOW.plusSeconds(60));
        CaptchaException e = assertThrows(CaptchaException.class, () -> captchas.verify(ID, " ", "comment", 7));
        assertEquals(CaptchaException.Reason.REQUIRED, e.reason());
        assertEquals(400, e.status());
        assertEquals("captcha_required", e.code());
        assertEquals(CaptchaException.Reason.REQUIRED, refusal(null, "k7mpx", "comment", 7));
        assertEquals(List.of(), mapper.burnt);
        captchas.verify(ID, "k7mpx", "comment", 7);
    }

    @Test
    void theDecisionChecksInOrderUsedThenExpiryThenArticleThenAnswer() {
        StoredChallenge c = mapper.add(captchas, ID, "comment", 8L, "k7mpx", NOW.minusSeconds(1));
        String wrong = captchas.answerHash(ID, "zzzzz");
        assertEquals(Optional.of(CaptchaException.Reason.UNKNOWN), CaptchaService.judge(null, false, NOW, "comment", 7, null));
        assertEquals(Optional.of(CaptchaException.Reason.USED), CaptchaService.judge(c, false, NOW, "comment", 7, wrong));
        assertEquals(Optional.of(CaptchaException.Reason.EXPIRED), CaptchaService.judge(c, true, NOW, "comment", 7, wrong));
        c.setExpiresAt(NOW.plusSeconds(1));
        assertEquals(Optional.of(CaptchaException.Reason.FOREIGN), CaptchaService.judge(c, true, NOW, "comment", 7, wrong));
        assertEquals(Optional.of(CaptchaException.Reason.WRONG), CaptchaService.judge(c, true, NOW, "comment", 8, wrong));
        assertEquals(Optional.empty(), CaptchaService.judge(c, true, NOW, "comment", 8, captchas.answerHash(ID, "K7mpx")));
    }

    @Test
    void theTtlIsReadInSecondsAndOutOfRangeValuesAreRefused() {
        assertEquals(new CaptchaSettings(Duration.ofSeconds(300)), CaptchaSettings.from(new InkstoneConfig(Map.of(), new Properties())));
        assertEquals(new CaptchaSettings(Duration.ofSeconds(90)),
                CaptchaSettings.from(new InkstoneConfig(Map.of("INKSTONE_CAPTCHA_TTL_SECONDS", "90"), new Properties())));
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> CaptchaSettings.from(new InkstoneConfig(Map.of("INKSTONE_CAPTCHA_TTL_SECONDS", "5m"), new Properties())));
        assertEquals("inkstone.captcha.ttl-seconds: expected a whole number of seconds from 10 to 3600, got '5m'", e.getMessage());
    }
}
