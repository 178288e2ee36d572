package org.inkstone.search;

/**
 * A published article found to be a near-duplicate of a text: its id, headline and the exact Jaccard index of
 * the two texts' 5-character shingles (0.95 to 1; {@link NearDuplicates}).
 */
public record NearDuplicate(long id, String title, double jaccard) {
}
