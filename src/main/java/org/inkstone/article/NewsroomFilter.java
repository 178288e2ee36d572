package org.inkstone.article;

import java.util.List;

/**
 * What a newsroom list shows; every field null means "any".
 *
 * @param statuses      states ({@link ArticleStatus#db()}), any of which matches: of the pending correction when there is
 *                      one, else of the article; null (never empty) for any state
 * @param channel       a channel id
 * @param authorId      the account that created the article
 * @param text          part of the title (plain text, matched case-insensitively by the table's collation)
 * @param waitingLevels with {@code waitingFor}: only articles in review at one of these levels (1-based) that
 *                      {@code waitingFor} neither created nor last changed
 * @param waitingFor    the account the review queue is for
 * @param excludedIds   articles left out (the review queue leaves out those its account already approved a
 *                      level of in the current review round); null or empty for none
 */
public record NewsroomFilter(List<String> statuses, String channel, Long authorId, String text, List<Integer> waitingLevels,
                             Long waitingFor, List<Long> excludedIds) {

    public NewsroomFilter {
        excludedIds = excludedIds == null ? List.of() : List.copyOf(excludedIds);
    }

    /** A filter that leaves nothing out by id. */
    public NewsroomFilter(List<String> statuses, String channel, Long authorId, String text, List<Integer> waitingLevels,
                          Long waitingFor) {
        this(statuses, channel, authorId, text, waitingLevels, waitingFor, List.of());
    }
}
