package org.inkstone.captcha;

import com.google.code.kaptcha.impl.DefaultKaptcha;
import com.google.code.kaptcha.util.Config;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.article.ArticleService;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.KeyedHash;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * CAPTCHA challenges for posting comments. Threat: scripted posting; and, against the CAPTCHA itself,
 * replay, answer harvesting from a stolen database, and solving one image for many posts.
 *
 * <p>A challenge is a 128-bit random id, bound to an action and an article, valid for
 * {@code inkstone.captcha.ttl-seconds} (default 300) and for one attempt. Kaptcha renders the PNG once, at
 * issue; the database keeps the PNG and a keyed hash of the lower-cased answer ({@link KeyedHash}), never the
 * answer, so any node can serve and check it. Checking marks the challenge used with one conditional UPDATE
 * before comparing, so of several concurrent attempts only one is compared, and a wrong answer burns it.
 * Comparison is case-insensitive and constant-time.
 *
 * <p>Thread-safe: each thread renders with its own Kaptcha producer (the library keeps mutable state).
 */
@ApplicationScoped
public class CaptchaService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Letters and digits that do not look alike in the distorted font (no 0/o, 1/l/i, 9/g, ...). */
    private static final String CHARS = "abcdefhkmnprstuvwxy345678";

    @Inject
    CaptchaMapper mapper;

    @Inject
    KeyedHash keyedHash;

    @Inject
    ArticleService articles;

    @Inject
    InkstoneConfig config;

    private final ThreadLocal<DefaultKaptcha> producers = ThreadLocal.withInitial(CaptchaService::producer);

    private static DefaultKaptcha producer() {
        Properties p = new Properties();
        p.setProperty("kaptcha.image.width", "160");
        p.setProperty("kaptcha.image.height", "50");
        p.setProperty("kaptcha.border", "no");
        p.setProperty("kaptcha.textproducer.char.string", CHARS);
        p.setProperty("kaptcha.textproducer.char.length", "5");
        p.setProperty("kaptcha.textproducer.font.names", "DejaVu Sans,Liberation Sans,Dialog");
        DefaultKaptcha k = new DefaultKaptcha();
        k.setConfig(new Config(p));
        return k;
    }

    /**
     * Issues a challenge for {@code action} on a published article.
     *
     * @return the stored challenge (id and expiry); the image is fetched with {@link #image}
     * @throws ArticleNotFoundException when the article is not published
     */
    public StoredChallenge issue(String action, long articleId) {
        if (articles.findPublished(articleId).isEmpty()) {
            throw new ArticleNotFoundException(articleId);
        }
        DefaultKaptcha k = producers.get();
        String text = k.createText();
        BufferedImage image = k.createImage(text);
        ByteArrayOutputStream png = new ByteArrayOutputStream(8192);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        StoredChallenge c = new StoredChallenge();
        c.setId(Base64.getUrlEncoder().withoutPadding().encodeToString(id));
        c.setAction(action);
        c.setArticleId(articleId);
        c.setAnswerHash(answerHash(c.getId(), text));
        c.setExpiresAt(Instant.now().truncatedTo(ChronoUnit.SECONDS)
                .plus(Duration.ofSeconds(config.getLong("inkstone.captcha.ttl-seconds"))));
        mapper.insert(c, png.toByteArray());
        return c;
    }

    /** The PNG of an unused, unexpired challenge; empty otherwise. */
    public Optional<byte[]> image(String id) {
        ChallengeImage i = mapper.findUsableImage(id, Instant.now());
        return i == null ? Optional.empty() : Optional.of(i.getImage());
    }

    /**
     * Checks an answer and burns the challenge (whatever the outcome, once an answer is given).
     *
     * @throws CaptchaException {@code captcha_required} for a missing id or empty answer (nothing burnt);
     *     {@code captcha_unknown}, {@code captcha_used}, {@code captcha_expired}, {@code captcha_foreign},
     *     {@code captcha_wrong} otherwise
     */
    public void verify(String id, String answer, String action, long articleId) {
        if (id == null || id.isBlank() || answer == null || answer.isBlank()) {
            throw new CaptchaException(400, "captcha_required", "请输入验证码");
        }
        Instant now = Instant.now();
        if (id.length() != 22 || mapper.markUsed(id, now) == 0) {
            boolean exists = id.length() == 22 && mapper.findById(id) != null;
            throw exists ? new CaptchaException(422, "captcha_used", "验证码已使用过，请换一张")
                    : new CaptchaException(422, "captcha_unknown", "验证码不存在，请换一张");
        }
        StoredChallenge c = mapper.findById(id);
        if (!c.getExpiresAt().isAfter(now)) {
            throw new CaptchaException(422, "captcha_expired", "验证码已过期，请换一张");
        }
        if (!action.equals(c.getAction()) || c.getArticleId() == null || c.getArticleId() != articleId) {
            throw new CaptchaException(422, "captcha_foreign", "验证码不属于这篇文章，请换一张");
        }
        if (!KeyedHash.same(c.getAnswerHash(), answerHash(id, answer.strip()))) {
            throw new CaptchaException(422, "captcha_wrong", "验证码错误，请换一张重试");
        }
    }

    /** Removes challenges that expired more than an hour ago; returns the rows removed. */
    public int purge() {
        return mapper.deleteExpiredBefore(Instant.now().minus(Duration.ofHours(1)));
    }

    private String answerHash(String id, String answer) {
        return keyedHash.hex("captcha:" + id, answer.toLowerCase(Locale.ROOT));
    }
}
