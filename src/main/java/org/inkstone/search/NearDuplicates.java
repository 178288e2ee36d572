package org.inkstone.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Near-duplicate articles: the definition, its exact measure and a MinHash signature to find candidates.
 *
 * <p><b>Definition</b> (that of {@code ../shared/data/zh-news/SOURCE.md}, which computed
 * {@code near_duplicates.jsonl}): the character 5-gram shingles of {@code title + body} with all white space
 * removed; two articles are near-duplicates when the Jaccard index of their shingle sets
 * {@code |A ∩ B| / |A ∪ B|} is at least {@value #THRESHOLD} (the threshold: the shared file's pairs at
 * 0.95 and above are copies of one page or of one wire story; 0.9249 and below are rewrites, which stay good
 * related entries). Before shingling, the text is NFKC-normalised and lower-cased ({@link Locale#ROOT}), so
 * full-width and half-width forms of a letter or digit are one character; on the shared corpus this changes no
 * pair at 0.95 or above and moves three pairs below 0.5 by at most 0.014. White space is every code point for
 * which {@link Character#isWhitespace} or {@link Character#isSpaceChar} holds, plus U+0085 (what Python's
 * {@code str.isspace} removes, after NFKC). Shingles are of code points (a character outside the BMP is one
 * character). A text of 1 to 4 characters is one shingle (the shared definition gives it none); an empty text
 * has none and is a near-duplicate of nothing. When the body already begins with the headline (articles
 * imported without one get their first sentence as headline), the headline is counted once.
 *
 * <p><b>Exact measure</b>: {@link #shingles} gives each shingle as a 64-bit hash (FNV-1a over the code points,
 * then MurmurHash3's 64-bit finaliser). Two different shingles share a hash with probability 2<sup>-64</sup>;
 * for two texts of n distinct shingles each the chance of any collision is about n²/2<sup>64</sup> (10<sup>-12</sup>
 * at n = 5,000), and a collision can only raise the Jaccard index by 1/|A ∪ B|.
 *
 * <p><b>Finding candidates</b>: Lucene's {@link MinHashFilter} over {@link NGramTokenizer} 5-grams of the same
 * text, {@value #HASHES} buckets of one hash each with rotation (one-permutation hashing with densification:
 * Shrivastava &amp; Li, "Densifying One Permutation Hashing via Rotation for Fast Near Neighbor Search", ICML 2014;
 * Lucene's own javadoc cites it). The share of buckets whose minimum is equal estimates the Jaccard index with a
 * standard deviation of about {@code sqrt(J(1-J)/128)}: 0.019 at J = 0.95, 0.023 at J = 0.92 — too coarse to tell
 * the shared corpus's 0.9249 rewrite from a 0.95 copy. So the MinHash only <i>finds</i> candidates (a query on the
 * indexed bucket minima, {@link #candidateQuery}; an estimate well below the threshold, {@link #mayBeNearDuplicate})
 * and the exact Jaccard index of the stored texts <i>decides</i>.
 *
 * <p>Stateless and thread-safe.
 */
public final class NearDuplicates {

    /** Jaccard index from which two articles are near-duplicates (issue 11; the shared data's definition). */
    public static final double THRESHOLD = 0.95;
    /** Shingle length in code points. */
    public static final int SHINGLE = 5;
    /**
     * MinHash buckets (Lucene's default is 512, Elasticsearch's {@code min_hash} likewise): 128 keeps the candidate
     * query at 128 terms and the signature at 516 bytes per article; the exact check makes up for the coarser
     * estimate.
     */
    public static final int HASHES = 128;
    /**
     * An estimated Jaccard index below this rules a pair out without reading its texts: 0.80 is 7.9 standard
     * deviations below 0.95 at 128 buckets. Texts with fewer than {@value #MIN_SHINGLES_FOR_ESTIMATE} shingles are
     * always compared exactly (with few shingles, rotation copies one minimum into many buckets, so the estimate
     * varies more; and such texts are cheap to compare).
     */
    static final double ESTIMATE_FLOOR = 0.80;
    static final int MIN_SHINGLES_FOR_ESTIMATE = 2 * HASHES;
    /** The candidate query asks for at least this share of the draft's distinct MinHash terms. */
    static final double CANDIDATE_MIN_SHARE = 0.5;

    private NearDuplicates() {
    }

    /**
     * The text that is shingled: NFKC, lower case, white space removed, of {@code title + body}; the headline only
     * once when the normalised body begins with it. Nulls count as empty.
     */
    public static String canonical(String title, String body) {
        String t = squeeze(title);
        String b = squeeze(body);
        return !t.isEmpty() && b.startsWith(t) ? b : t + b;
    }

    private static String squeeze(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = LuceneArticleIndex.normalize(s);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The 64-bit hashes of the 5-code-point shingles of {@link #canonical}{@code (title, body)}. */
    public static Set<Long> shingles(String title, String body) {
        return shinglesOf(canonical(title, body));
    }

    static Set<Long> shinglesOf(String canonical) {
        int[] cps = canonical.codePoints().toArray();
        Set<Long> out = new HashSet<>(Math.max(16, cps.length * 2));
        if (cps.length == 0) {
            return out;
        }
        if (cps.length < SHINGLE) {
            out.add(hash(cps, 0, cps.length));
            return out;
        }
        for (int i = 0; i + SHINGLE <= cps.length; i++) {
            out.add(hash(cps, i, SHINGLE));
        }
        return out;
    }

    private static long hash(int[] cps, int from, int len) {
        long h = 0xcbf29ce484222325L; // FNV-1a 64-bit offset basis
        for (int i = from; i < from + len; i++) {
            h = (h ^ cps[i]) * 0x100000001b3L; // FNV-1a 64-bit prime
        }
        // MurmurHash3 fmix64: spreads the few bits that CJK code points differ in over the whole word
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** {@code |a ∩ b| / |a ∪ b|}; 0 when both are empty. */
    public static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int common = 0;
        for (Long h : small) {
            if (large.contains(h)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /** The exact Jaccard index of two articles' texts (see the class comment). */
    public static double jaccard(String titleA, String bodyA, String titleB, String bodyB) {
        return jaccard(shingles(titleA, bodyA), shingles(titleB, bodyB));
    }

    /**
     * A text's MinHash signature: its number of distinct shingles, the {@value #HASHES} bucket minima as
     * {@link MinHashFilter} emits them (in bucket order; the indexed terms), and 32 bits of each (the doc-value
     * form, compared bucket by bucket).
     */
    record Signature(int shingles, List<String> terms, int[] buckets) {

        /** The doc-value form: shingle count, then the 32-bit bucket values, big-endian. */
        BytesRef bytes() {
            ByteBuffer b = ByteBuffer.allocate(4 + 4 * buckets.length);
            b.putInt(shingles);
            for (int v : buckets) {
                b.putInt(v);
            }
            return new BytesRef(b.array());
        }

        static Signature ofBytes(BytesRef r) {
            ByteBuffer b = ByteBuffer.wrap(r.bytes, r.offset, r.length);
            int n = b.getInt();
            int[] buckets = new int[(r.length - 4) / 4];
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = b.getInt();
            }
            return new Signature(n, List.of(), buckets);
        }
    }

    /** The signature of {@link #canonical}{@code (title, body)}. */
    static Signature signature(String title, String body) {
        String text = canonical(title, body);
        int shingles = shinglesOf(text).size();
        List<String> terms = new java.util.ArrayList<>(HASHES);
        int[] buckets = new int[HASHES];
        if (text.codePointCount(0, text.length()) >= SHINGLE) {
            NGramTokenizer grams = new NGramTokenizer(SHINGLE, SHINGLE);
            grams.setReader(new StringReader(text));
            try (TokenStream ts = new MinHashFilter(grams, 1, HASHES, 1, true)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    // 8 UTF-16 units = the 128-bit hash; its leading bits are the bucket, so keep the last 32
                    if (terms.size() < HASHES) {
                        buckets[terms.size()] = term.charAt(term.length() - 2) << 16 | term.charAt(term.length() - 1);
                    }
                    terms.add(term.toString());
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Signature(shingles, List.copyOf(terms), buckets);
    }

    /** The share of buckets with equal minima (an estimate of the Jaccard index); 0 without buckets. */
    static double estimate(Signature a, Signature b) {
        int n = Math.min(a.buckets().length, b.buckets().length);
        if (n == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < n; i++) {
            if (a.buckets()[i] == b.buckets()[i]) {
                same++;
            }
        }
        return (double) same / n;
    }

    /**
     * Whether two texts may be near-duplicates, so their exact Jaccard index must be computed. False when the
     * shingle counts alone rule it out ({@code |A ∩ B| / |A ∪ B| ≤ min(|A|,|B|) / max(|A|,|B|)}, exact), or when both
     * have at least {@value #MIN_SHINGLES_FOR_ESTIMATE} shingles and the MinHash estimate is below
     * {@value #ESTIMATE_FLOOR}.
     */
    static boolean mayBeNearDuplicate(Signature a, Signature b) {
        int lo = Math.min(a.shingles(), b.shingles());
        int hi = Math.max(a.shingles(), b.shingles());
        if (lo == 0 || (double) lo / hi < THRESHOLD) {
            return false;
        }
        return lo < MIN_SHINGLES_FOR_ESTIMATE || estimate(a, b) >= ESTIMATE_FLOOR;
    }

    /** Adds the MinHash terms ({@link ArticleFields#MINHASH}) and the signature doc value to an article's document. */
    static void addFields(Document d, String title, String body) {
        Signature s = signature(title, body);
        for (String t : new LinkedHashSet<>(s.terms())) {
            d.add(new StringField(ArticleFields.MINHASH, t, Field.Store.NO));
        }
        d.add(new BinaryDocValuesField(ArticleFields.MINHASH_SIGNATURE, s.bytes()));
    }

    /**
     * Articles sharing at least half of the distinct MinHash terms of {@code s} (each term counts 1; the score is
     * the number shared), or null when {@code s} has none. A near-duplicate shares about 95% or more.
     */
    static Query candidateQuery(Signature s) {
        Set<String> distinct = new LinkedHashSet<>(s.terms());
        if (distinct.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : distinct) {
            b.add(new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.MINHASH, t))), Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(distinct.size() * CANDIDATE_MIN_SHARE)));
        return b.build();
    }
}
