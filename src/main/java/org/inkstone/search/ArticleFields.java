package org.inkstone.search;

/** Names of the Lucene fields of an article document, one comment each. */
public final class ArticleFields {

    /** Database id as a string; stored; the update/delete key. */
    public static final String ID = "id";
    /** Headline, smartcn word segmentation; stored, term vectors (MoreLikeThis). */
    public static final String TITLE = "title";
    /** Body text, smartcn word segmentation; stored (highlighting), term vectors (MoreLikeThis). */
    public static final String BODY = "body";
    /** Editorial tags, smartcn; term vectors. */
    public static final String TAGS = "tags";
    /** Headline as overlapping CJK character bigrams (CJKAnalyzer), for recall and phrase matching. */
    public static final String TITLE_BIGRAM = "title_cjk";
    /** Body as overlapping CJK character bigrams, for recall and phrase matching. */
    public static final String BODY_BIGRAM = "body_cjk";
    /** Channel id, exact; stored; filter. */
    public static final String CHANNEL = "channel";
    /** Publish time in epoch milliseconds: point (range filter), doc values (sort), stored. */
    public static final String PUBLISHED = "published";
    /** Normalised headline (NFKC, no spaces, lower case); stored; de-duplicates related entries. */
    public static final String TITLE_KEY = "title_key";
    /** SHA-256 of the normalised body; stored; keeps exact duplicate bodies out of related lists. */
    public static final String BODY_HASH = "body_hash";

    /**
     * MinHash bucket minima of the article's 5-character shingles ({@link NearDuplicates}; Lucene's MinHashFilter,
     * 128 buckets); indexed only (docs, no frequencies); finds near-duplicate candidates.
     */
    public static final String MINHASH = "minhash";
    /** Shingle count and 32 bits of each MinHash bucket minimum (binary doc values); rules out non-duplicates without reading texts. */
    public static final String MINHASH_SIGNATURE = "minhash_sig";

    private ArticleFields() {
    }
}
