package org.inkstone.captcha;

import com.google.code.kaptcha.impl.DefaultKaptcha;
import com.google.code.kaptcha.util.Config;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.article.ArticleService;
import org.inkstone.common.KeyedHash;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
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
 * {@link CaptchaSettings#ttl()} and for one attempt. Kaptcha renders the PNG once, at
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

    private final CaptchaMapper mapper;
    private final KeyedHash keyedHash;
    private final ArticleService articles;
    private final CaptchaSettings settings;
    private final Clock clock;

    @Inject
    public CaptchaService(CaptchaMapper mapper, KeyedHash keyedHash, ArticleService articles, CaptchaSettings settings) {
        this(mapper, keyedHash, articles, settings, Clock.systemUTC());
    }

    /** For tests: {@code articles} may be null when {@link #issue} is not called. */
    public CaptchaService(CaptchaMapper mapper, KeyedHash keyedHash, ArticleService articles, CaptchaSettings settings,
                          Clock clock) {
        this.mapper = mapper;
        this.keyedHash = keyedHash;
        this.articles = articles;
        this.settings = settings;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected CaptchaService() {
        this(null, null, null, null, null);
    }

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
        c.setExpiresAt(clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(settings.ttl()));
        mapper.insert(c, png.toByteArray());
        return c;
    }

    /** The PNG of an unused, unexpired challenge; empty otherwise. */
    public Optional<byte[]> image(String id) {
        ChallengeImage i = mapper.findUsableImage(id, clock.instant());
        return i == null ? Optional.empty() : Optional.of(i.getImage());
    }

    /**
     * Checks an answer and burns the challenge (whatever the outcome, once an answer is given). The challenge
     * is marked used with one conditional UPDATE before anything is compared, so of concurrent attempts only
     * the first is judged; then {@link #judge} decides.
     *
     * @throws CaptchaException {@link CaptchaException.Reason#REQUIRED} for a missing id or blank answer
     *     (nothing burnt); otherwise the first of {@code UNKNOWN}/{@code USED}, {@code EXPIRED}, {@code FOREIGN},
     *     {@code WRONG} that applies
     */
    public void verify(String id, String answer, String action, long articleId) {
        if (id == null || id.isBlank() || answer == null || answer.isBlank()) {
            throw new CaptchaException(CaptchaException.Reason.REQUIRED);
        }
        Instant now = clock.instant();
        boolean wellFormed = id.length() == 22;
        boolean claimed = wellFormed && mapper.markUsed(id, now) == 1;
        StoredChallenge c = wellFormed ? mapper.findById(id) : null;
        Optional<CaptchaException.Reason> refusal = judge(c, claimed, now, action, articleId, c == null ? null : answerHash(id, answer.strip()));
        if (refusal.isPresent()) {
            throw new CaptchaException(refusal.get());
        }
    }

    /**
     * The decision of {@link #verify}, without the database: why an answer is refused, or empty to accept it.
     * In order: {@code UNKNOWN} (no challenge) or {@code USED} (this attempt did not claim it), {@code EXPIRED}
     * (its expiry is at or before {@code now}), {@code FOREIGN} (another action, or another or no article),
     * {@code WRONG} (the keyed hashes differ, compared in constant time).
     *
     * @param challenge  the stored challenge, or null when there is none
     * @param claimed    whether this attempt marked it used (the first attempt)
     * @param answerHash the keyed hash of the given answer ({@link #answerHash}), null when there is no challenge
     */
    static Optional<CaptchaException.Reason> judge(StoredChallenge challenge, boolean claimed, Instant now, String action,
                                                   long articleId, String answerHash) {
        if (challenge == null) {
            return Optional.of(CaptchaException.Reason.UNKNOWN);
        }
        if (!claimed) {
            return Optional.of(CaptchaException.Reason.USED);
        }
        if (!challenge.getExpiresAt().isAfter(now)) {
            return Optional.of(CaptchaException.Reason.EXPIRED);
        }
        if (!action.equals(challenge.getAction()) || challenge.getArticleId() == null || challenge.getArticleId() != articleId) {
            return Optional.of(CaptchaException.Reason.FOREIGN);
        }
        if (!KeyedHash.same(challenge.getAnswerHash(), answerHash)) {
            return Optional.of(CaptchaException.Reason.WRONG);
        }
        return Optional.empty();
    }

    /** Removes challenges that expired more than an hour ago; returns the rows removed. */
    public int purge() {
        return mapper.deleteExpiredBefore(clock.instant().minus(Duration.ofHours(1)));
    }

    /** The stored form of an answer to challenge {@code id}: a keyed hash of its lower-cased text. */
    String answerHash(String id, String answer) {
        return keyedHash.hex("captcha:" + id, answer.toLowerCase(Locale.ROOT));
    }
}
