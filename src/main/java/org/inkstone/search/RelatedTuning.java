package org.inkstone.search;

/**
 * How {@link LuceneArticleIndex#related} builds its MoreLikeThis query. {@link #SHIPPED} is what the product
 * uses; other values exist so that the related-list quality command can measure variants with the same code.
 *
 * @param sameChannelPrior multiply the text score of articles in the source's channel by
 *                         {@link LuceneArticleIndex#RELATED_SAME_CHANNEL_BOOST}
 */
record RelatedTuning(boolean sameChannelPrior) {

    static final RelatedTuning SHIPPED = new RelatedTuning(true);
}
