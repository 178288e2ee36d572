package org.inkstone.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Holds comments that contain a word of the flagged-word list ({@link ModerationSettings#wordsFile()},
 * matched by {@link SensitiveWords}), naming the word for the moderator: {@code 含敏感词：<word>} (the word
 * in its normalized form: case-folded, without white space). The list is read at the first check.
 * Thread-safe.
 */
@Dependent
public final class FlaggedWordsCheck implements CommentCheck {

    private static final Logger LOG = Logger.getLogger(FlaggedWordsCheck.class.getName());
    static final String REASON_PREFIX = "含敏感词：";

    private final Supplier<SensitiveWords> source;
    private volatile SensitiveWords words;

    @Inject
    public FlaggedWordsCheck(ModerationSettings settings) {
        this(() -> SensitiveWords.load(settings.wordsFile()));
    }

    /** A check over a given list (tests). */
    public FlaggedWordsCheck(SensitiveWords words) {
        this(() -> words);
    }

    private FlaggedWordsCheck(Supplier<SensitiveWords> source) {
        this.source = source;
    }

    private SensitiveWords words() {
        SensitiveWords w = words;
        if (w == null) {
            w = source.get();
            LOG.info("moderation: " + w.size() + " flagged words");
            words = w;
        }
        return w;
    }

    @Override
    public Verdict check(Candidate comment) {
        Optional<String> word = words().firstMatch(comment.text());
        return word.map(w -> Verdict.hold(REASON_PREFIX + w)).orElse(Verdict.approve());
    }

    @Override
    public int priority() {
        return 200;
    }
}
