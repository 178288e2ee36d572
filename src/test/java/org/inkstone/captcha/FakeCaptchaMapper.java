package org.inkstone.captcha;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link CaptchaMapper} in memory, with the SQL's semantics ({@code markUsed} succeeds once). Records every
 * {@code markUsed} id in {@link #burnt}. Not thread-safe (one test each).
 */
public final class FakeCaptchaMapper implements CaptchaMapper {

    private final Map<String, StoredChallenge> rows = new HashMap<>();
    public final List<String> burnt = new ArrayList<>();

    /** Stores a challenge as {@link CaptchaService#issue} would, with the answer hashed by {@code service}. */
    public StoredChallenge add(CaptchaService service, String id, String action, Long articleId, String answer, Instant expiresAt) {
        StoredChallenge c = new StoredChallenge();
        c.setId(id);
        c.setAction(action);
        c.setArticleId(articleId);
        c.setAnswerHash(service.answerHash(id, answer));
        c.setExpiresAt(expiresAt);
        rows.put(id, c);
        return c;
    }

    @Override
    public int insert(StoredChallenge challenge, byte[] image) {
        rows.put(challenge.getId(), challenge);
        return 1;
    }

    @Override
    public ChallengeImage findUsableImage(String id, Instant now) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int markUsed(String id, Instant now) {
        burnt.add(id);
        StoredChallenge c = rows.get(id);
        if (c == null || c.getUsedAt() != null) {
            return 0;
        }
        c.setUsedAt(now);
        return 1;
    }

    @Override
    public StoredChallenge findById(String id) {
        return rows.get(id);
    }

    @Override
    public int deleteExpiredBefore(Instant before) {
        int n = rows.size();
        rows.values().removeIf(c -> c.getExpiresAt().isBefore(before));
        return n - rows.size();
    }
}
