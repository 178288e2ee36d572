package org.inkstone.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.common.InkstoneConfig;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Decides whether a new comment is published at once or queued for moderation ({@code pending}). Queued:
 * <ul>
 *   <li>comments with a link, when {@code inkstone.comment.moderation.hold-links} is true (default);</li>
 *   <li>comments containing a word of the list named by {@code inkstone.comment.moderation.words-file}
 *       ({@link SensitiveWords}; default: {@code config/sensitive-words.txt} in the run profile);</li>
 *   <li>anonymous comments from a client address with fewer than
 *       {@code inkstone.comment.moderation.trusted-after} approved comments (default 1: a new anonymous writer's
 *       first comment waits for a moderator).</li>
 * </ul>
 * Staff (moderator and above) are never queued. Rules are pluggable in the sense of Apache Roller's comment
 * validators: each yields a reason, and the first reason queues the comment. Thread-safe.
 */
@ApplicationScoped
public class ModerationPolicy {

    private static final Logger LOG = Logger.getLogger(ModerationPolicy.class.getName());

    @Inject
    InkstoneConfig config;

    @Inject
    WriterHistory history;

    private volatile SensitiveWords words;

    /** What a rule needs to know about a new comment. */
    public record Candidate(String text, boolean hasLinks, boolean anonymous, boolean staff, String clientHash) {
    }

    SensitiveWords words() {
        SensitiveWords w = words;
        if (w == null) {
            w = SensitiveWords.load(config.get("inkstone.comment.moderation.words-file"));
            LOG.info("moderation: " + w.size() + " flagged words");
            words = w;
        }
        return w;
    }

    /** The reason to queue the comment, or empty to publish it. */
    public Optional<String> holdReason(Candidate c) {
        if (c.staff()) {
            return Optional.empty();
        }
        if (c.hasLinks() && Boolean.parseBoolean(config.get("inkstone.comment.moderation.hold-links"))) {
            return Optional.of("link");
        }
        Optional<String> word = words().firstMatch(c.text());
        if (word.isPresent()) {
            return Optional.of("word");
        }
        int trustedAfter = config.getInt("inkstone.comment.moderation.trusted-after");
        if (c.anonymous() && trustedAfter > 0 && history.approvedByClient(c.clientHash(), trustedAfter) < trustedAfter) {
            return Optional.of("new-writer");
        }
        return Optional.empty();
    }
}
