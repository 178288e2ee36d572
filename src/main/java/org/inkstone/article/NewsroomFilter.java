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
 */
public record NewsroomFilter(List<String> statuses, String channel, Long authorId, String text, List<Integer> waitingLevels,
                             Long waitingFor) {
}
