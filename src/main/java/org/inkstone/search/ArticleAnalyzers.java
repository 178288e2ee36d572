package org.inkstone.search;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analyzers of the article index and of reader queries, built in one place so that the index and the
 * query fold text the same way.
 *
 * <p>Every analyzer first passes the text through two char filters, before any segmentation:
 * <ol>
 *   <li>ICU's {@code NFKC_Casefold} normalisation ({@link ICUNormalizer2CharFilter}): full-width letters and
 *       digits become ASCII, letters lower case (what {@code java.text.Normalizer} NFKC plus
 *       {@code toLowerCase} did before, now inside the analysis chain);</li>
 *   <li>traditional → simplified Chinese by a {@link MappingCharFilter} whose {@link NormalizeCharMap} is derived
 *       once from ICU's {@code Traditional-Simplified} transliterator (ICU4J {@link Transliterator}, CLDR
 *       transform data): for every code point of the CJK Unified Ideographs blocks and their compatibility block
 *       the transliterator's output is recorded when it is a single different code point (the 1:1 pairs,
 *       e.g. 樓→楼, 價→价, 後→后; 3,080 pairs with ICU4J 77.1; the supplementary-plane extensions are left out,
 *       they are rare in news text and would double the few seconds the derivation takes at start). Running it before segmentation matters: smartcn's dictionary is simplified,
 *       so traditional text is segmented badly.</li>
 * </ol>
 * Both are Lucene {@link org.apache.lucene.analysis.CharFilter}s, which correct offsets, so the offsets stored
 * in the postings point into the original text and highlights show the characters as written (a document
 * written 樓市 is highlighted {@code <mark>樓市</mark>} for the query 楼市).
 *
 * <p>Word fields are then segmented by smartcn's {@code HMMChineseTokenizer} ({@link SmartChineseAnalyzer},
 * default stop set: punctuation) or, for measurement, by ICU's dictionary-based word break
 * ({@link ICUTokenizer}); bigram fields by {@link CJKAnalyzer} (overlapping CJK character bigrams).
 *
 * <p>Thread-safe: Lucene analyzers hand each thread its own token stream components.
 */
public final class ArticleAnalyzers {

    /** The word segmenter of the word fields. */
    public enum Segmenter {
        /** smartcn's HMM segmentation (the product's choice, see the README's "Measured"). */
        SMARTCN,
        /** lucene-analysis-icu's {@link ICUTokenizer} (dictionary-based CJK word break). */
        ICU
    }

    private final Analyzer word;
    private final Analyzer bigram;
    private final Analyzer indexing;
    private final Analyzer keyword;
    private final boolean fold;

    /** The product's analyzers (smartcn word segmentation). */
    public ArticleAnalyzers() {
        this(Segmenter.SMARTCN);
    }

    /** Analyzers with the word segmenter {@code segmenter}. */
    public ArticleAnalyzers(Segmenter segmenter) {
        this(segmenter, true);
    }

    /** As {@link #ArticleAnalyzers(Segmenter)}; without the folding char filters when {@code fold} is false (for measurement only). */
    ArticleAnalyzers(Segmenter segmenter, boolean fold) {
        this.fold = fold;
        Analyzer words = segmenter == Segmenter.SMARTCN ? new SmartChineseAnalyzer() : new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new ICUTokenizer());
            }
        };
        this.word = folding(words);
        this.bigram = folding(new CJKAnalyzer());
        this.indexing = folding(new PerFieldAnalyzerWrapper(words,
                Map.of(ArticleFields.TITLE_BIGRAM, bigramDelegate(), ArticleFields.BODY_BIGRAM, bigramDelegate())));
        this.keyword = folding(new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new KeywordTokenizer());
            }
        });
    }

    private static Analyzer bigramDelegate() {
        return new CJKAnalyzer();
    }

    /** Word segmentation (title, body, tags), with the folding char filters. */
    public Analyzer word() {
        return word;
    }

    /** CJK character bigrams (the {@code *_cjk} fields), with the folding char filters. */
    public Analyzer bigram() {
        return bigram;
    }

    /** The IndexWriter's analyzer: {@link #bigram} for the bigram fields, {@link #word} for the others. */
    public Analyzer indexing() {
        return indexing;
    }

    /** The whole text as one token, folded: how synonym entries and query words are compared. */
    public Analyzer keyword() {
        return keyword;
    }

    /** The folded form of {@code text} (NFKC_Casefold, then traditional → simplified). */
    public String fold(String text) {
        List<String> t = tokens(keyword, "", text);
        return t.isEmpty() ? "" : t.get(0);
    }

    /** The tokens of {@code text} analysed by {@code analyzer} as field {@code field}. */
    static List<String> tokens(Analyzer analyzer, String field, String text) {
        return tokens(analyzer, field, text, null);
    }

    /**
     * As {@link #tokens(Analyzer, String, String)}, also adding each token's position (0-based, position increments
     * summed) to {@code positions} when it is not null.
     */
    static List<String> tokens(Analyzer analyzer, String field, String text, List<Integer> positions) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            return drain(ts, positions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resets, reads to the end and ends {@code ts}: its terms in order (positions added when not null). */
    private static List<String> drain(TokenStream ts, List<Integer> positions) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        ts.reset();
        int pos = -1;
        while (ts.incrementToken()) {
            pos += inc.getPositionIncrement();
            out.add(term.toString());
            if (positions != null) {
                positions.add(pos);
            }
        }
        ts.end();
        return out;
    }

    /**
     * Parses a synonym list in Solr's format ({@link SolrSynonymParser}: one rule a line, {@code #} comments;
     * {@code a, b, c} are equivalents, each matching all; {@code a, b => c} replaces a and b by c). Entries are
     * folded like the index (so 兩會 and 两会 are the same entry) and compared with whole query words.
     *
     * @throws ParseException naming the line of an invalid rule (the message holds "line N")
     */
    public SynonymMap parseSynonyms(Reader rules) throws IOException, ParseException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, keyword);
        parser.parse(rules);
        return parser.build();
    }

    /**
     * The words a query word stands for under {@code synonyms}: the word itself (folded) first, then its synonyms
     * in the order the synonym filter gives them; for an explicit mapping {@code a => b} only {@code b}. A word
     * without a rule gives itself.
     */
    public List<String> expand(SynonymMap synonyms, String word) {
        String folded = fold(word);
        if (synonyms == null || synonyms.fst == null || folded.isEmpty()) {
            return folded.isEmpty() ? List.of() : List.of(folded);
        }
        Set<String> out;
        try (Tokenizer t = new KeywordTokenizer(); TokenStream ts = new SynonymGraphFilter(t, synonyms, false)) {
            t.setReader(new java.io.StringReader(folded));
            out = new LinkedHashSet<>(drain(ts, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> words = new ArrayList<>();
        if (out.remove(folded)) {
            words.add(folded);
        }
        words.addAll(out);
        return List.copyOf(words);
    }

    private Analyzer folding(Analyzer delegate) {
        if (!fold) {
            return delegate;
        }
        return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return delegate;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return foldReader(reader);
            }

            @Override
            protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
                return foldReader(reader);
            }
        };
    }

    /** The two folding char filters around {@code reader}: NFKC_Casefold first, then traditional → simplified. */
    static Reader foldReader(Reader reader) {
        return new MappingCharFilter(TradSimp.MAP,
                new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCCasefoldInstance()));
    }

    /** The traditional → simplified map, derived on first use (about 0.2 s) and shared. */
    public static final class TradSimp {
        static final NormalizeCharMap MAP;
        public static final int PAIRS;

        static {
            Transliterator t = Transliterator.getInstance("Traditional-Simplified");
            NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
            int n = 0;
            int[][] blocks = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
            for (int[] block : blocks) {
                for (int cp = block[0]; cp <= block[1]; cp++) {
                    String from = new String(Character.toChars(cp));
                    String to = t.transliterate(from);
                    if (!to.equals(from) && to.codePointCount(0, to.length()) == 1) {
                        b.add(from, to);
                        n++;
                    }
                }
            }
            MAP = b.build();
            PAIRS = n;
        }

        private TradSimp() {
        }
    }
}
