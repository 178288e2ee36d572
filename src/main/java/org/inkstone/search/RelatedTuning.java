package org.inkstone.search;

/**
 * How {@link LuceneArticleIndex#related} builds its MoreLikeThis query. {@link #SHIPPED} is what the product
 * uses (the measured reasons are on the {@code MLT_*} constants of {@link LuceneArticleIndex}); other values
 * exist so that the related-list quality command ({@code bench/related-judged.sh variants}) measures variants
 * with the very code the product runs. Immutable, thread-safe.
 *
 * @param sameChannelPrior multiply the text score of articles in the source's channel by
 *                         {@link LuceneArticleIndex#RELATED_SAME_CHANNEL_BOOST}
 * @param idfPower         MoreLikeThis ranks and weighs a term by tf × idf^idfPower (idf of Lucene's
 *                         {@code ClassicSimilarity}: 1 + ln((N + 1) / (df + 1))); 1 is Lucene's own formula
 * @param maxDocFreqPct    terms in more than this percentage of the articles are left out of the query
 *                         (MoreLikeThis maxDocFreq), at most {@link LuceneArticleIndex#MLT_MAX_DOC_FREQ}
 *                         articles
 * @param maxQueryTerms    terms per field (MoreLikeThis maxQueryTerms)
 * @param titleBoost       weight of the headline clause
 * @param titleTermBoost   in the body clause, the weight of a term that is also in the headline is multiplied
 *                         by this (1: off)
 * @param bigramWeight     weight of an extra MoreLikeThis clause over the body's character bigrams (0: none)
 */
record RelatedTuning(boolean sameChannelPrior, float idfPower, int maxDocFreqPct, int maxQueryTerms,
                     float titleBoost, float titleTermBoost, float bigramWeight) {

    /** The settings as of issue 11's start (measured baseline). */
    static final RelatedTuning BEFORE = new RelatedTuning(true, 1f, 30, 100, 1f, 1f, 0f);

    /** What the product uses: the {@code MLT_*} and {@code RELATED_*} constants of {@link LuceneArticleIndex}. */
    static final RelatedTuning SHIPPED = new RelatedTuning(true, LuceneArticleIndex.MLT_IDF_POWER,
            LuceneArticleIndex.MLT_MAX_DOC_FREQ_PCT, LuceneArticleIndex.MLT_MAX_QUERY_TERMS,
            LuceneArticleIndex.RELATED_TITLE_BOOST, LuceneArticleIndex.RELATED_TITLE_TERM_BOOST,
            LuceneArticleIndex.RELATED_BIGRAM_WEIGHT);

    RelatedTuning withPrior(boolean p) {
        return new RelatedTuning(p, idfPower, maxDocFreqPct, maxQueryTerms, titleBoost, titleTermBoost, bigramWeight);
    }

    RelatedTuning withIdfPower(float p) {
        return new RelatedTuning(sameChannelPrior, p, maxDocFreqPct, maxQueryTerms, titleBoost, titleTermBoost, bigramWeight);
    }

    RelatedTuning withMaxDocFreqPct(int p) {
        return new RelatedTuning(sameChannelPrior, idfPower, p, maxQueryTerms, titleBoost, titleTermBoost, bigramWeight);
    }

    RelatedTuning withMaxQueryTerms(int n) {
        return new RelatedTuning(sameChannelPrior, idfPower, maxDocFreqPct, n, titleBoost, titleTermBoost, bigramWeight);
    }

    RelatedTuning withTitleBoost(float b) {
        return new RelatedTuning(sameChannelPrior, idfPower, maxDocFreqPct, maxQueryTerms, b, titleTermBoost, bigramWeight);
    }

    RelatedTuning withTitleTermBoost(float b) {
        return new RelatedTuning(sameChannelPrior, idfPower, maxDocFreqPct, maxQueryTerms, titleBoost, b, bigramWeight);
    }

    RelatedTuning withBigramWeight(float w) {
        return new RelatedTuning(sameChannelPrior, idfPower, maxDocFreqPct, maxQueryTerms, titleBoost, titleTermBoost, w);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "prior=%s idf^%.1f maxDf=%d%% terms=%d title=%.1f titleTerms=x%.1f bigram=%.1f",
                sameChannelPrior ? "x" + LuceneArticleIndex.RELATED_SAME_CHANNEL_BOOST : "off", idfPower,
                maxDocFreqPct, maxQueryTerms, titleBoost, titleTermBoost, bigramWeight);
    }
}
