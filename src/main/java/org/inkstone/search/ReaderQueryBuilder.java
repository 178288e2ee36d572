package org.inkstone.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a reader's plain text into Lucene queries (no query syntax: every character is text).
 *
 * <p><b>Words.</b> A word is a whitespace-separated part of the query (after folding, duplicates dropped, at most
 * {@value #MAX_WORDS}). A query of a single part that the segmenter splits (e.g. pasted text, or 姚明退役) takes
 * its segments as the words, runs of single-character segments joined into one word (姚 明 退役 → 姚明, 退役),
 * unless the whole part is a synonym entry. Each word stands for itself and its
 * synonyms from the desk's list ({@link ArticleAnalyzers#expand}); an alternative matches an article when its characters occur
 * adjacent in the headline or body (bigram phrase, so a segmentation that differs between query and text still
 * finds it) or, when it is a single segment, when that segment occurs in the headline, body or tags. A word the
 * segmenter splits (smartcn splits many names: 姚明 → 姚 明) is never matched by its pieces scattered apart.
 *
 * <p><b>How many words must match.</b> {@value #MIN_SHOULD_MATCH} in Elasticsearch's
 * {@code minimum_should_match} notation ({@link MinimumShouldMatch}; Elasticsearch Reference,
 * query-dsl-minimum-should-match): 1–2 words all, 3–5 words all but one, 6 or more 75% rounded down. When that
 * strict rule finds nothing, {@link Built#relaxed} asks for any one word, so a reader never gets 0 results while a
 * word matches.
 *
 * <p><b>Order (relevance).</b> Coordination first: every matched word adds {@value #COORDINATION} to the score, more
 * than the text score of one word can reach (each clause's BM25 score is at most its boost times the term's idf,
 * and idf ≤ ln(1 + N) ≈ 11.5 at 100,000 articles), so an article with more of the words ranks above one with
 * fewer, as Lucene's classic coordination factor did (removed in Lucene 7, LUCENE-7347). Then BM25 with headline
 * ×{@value #TITLE_BOOST}, tags ×{@value #TAGS_BOOST}, bigram phrase of a word in the headline
 * ×{@value #TITLE_PHRASE_BOOST} and body ×{@value #BODY_PHRASE_BOOST} (weights kept from the previous version);
 * each matched word's bigrams as plain BM25 terms in the headline bigram field ×{@value #TITLE_BOOST} and the body
 * bigram field (score only, they never make a word match: the evidence of the char-bigram baseline, CJKAnalyzer
 * bigrams with BM25, Robertson &amp; Zaragoza 2009);
 * and proximity for two words or more: the words in query order within {@value #PROXIMITY_SLOP} positions
 * (sloppy phrase, Lucene {@link PhraseQuery} slop: edit distance of positions) in the headline
 * ×{@value #TITLE_PROXIMITY_BOOST} and body ×{@value #BODY_PROXIMITY_BOOST}, and, for a single part split into
 * words, its characters adjacent in the headline ×{@value #TITLE_PHRASE_BOOST} and body ×{@value #BODY_PHRASE_BOOST}.
 *
 * <p>Immutable and thread-safe.
 */
final class ReaderQueryBuilder {

    static final String MIN_SHOULD_MATCH = "2<-1 5<75%";
    static final int MAX_WORDS = 32;
    static final float COORDINATION = 1_000f;
    static final float TITLE_BOOST = 3f;
    static final float TAGS_BOOST = 2f;
    static final float TITLE_PHRASE_BOOST = 8f;
    static final float BODY_PHRASE_BOOST = 4f;
    static final int PROXIMITY_SLOP = 8;
    static final float TITLE_PROXIMITY_BOOST = 6f;
    static final float BODY_PROXIMITY_BOOST = 3f;
    /** Distinct bigrams (a word of 4 characters or more) from which a word also matches by all but one of them. */
    static final int PARTIAL_MIN_BIGRAMS = 3;

    private static final MinimumShouldMatch RULE = MinimumShouldMatch.parse(MIN_SHOULD_MATCH);

    /**
     * The queries of one reader query.
     *
     * @param strict   the query under {@link #MIN_SHOULD_MATCH}
     * @param relaxed  the query needing any one word; null when it equals {@code strict} (one word)
     * @param words    the words, each with its alternatives (folded)
     * @param required how many words {@code strict} requires
     */
    record Built(Query strict, Query relaxed, List<List<String>> words, int required) {
    }

    private final ArticleAnalyzers analyzers;
    private final SynonymMap synonyms;

    ReaderQueryBuilder(ArticleAnalyzers analyzers, SynonymMap synonyms) {
        this.analyzers = analyzers;
        this.synonyms = synonyms;
    }

    /** The queries of {@code raw}, or null when it holds no searchable term. */
    Built build(String raw) {
        List<List<String>> words = words(raw == null ? "" : raw);
        List<Query> clauses = new ArrayList<>();
        List<List<String>> kept = new ArrayList<>();
        for (List<String> alternatives : words) {
            Query q = wordQuery(alternatives);
            if (q != null) {
                clauses.add(q);
                kept.add(alternatives);
            }
        }
        if (clauses.isEmpty()) {
            return null;
        }
        int required = RULE.apply(clauses.size());
        List<Query> proximity = proximity(raw, kept);
        Query strict = root(clauses, required, proximity);
        // The relaxed pass only drops words the reader typed apart: the segments of one unspaced part (元宇宙 →
        // 元, 宇宙) are not words the reader chose, and one of them alone (元, the currency) is not an answer.
        Query relaxed = required > 1 && readerParts(raw) > 1 ? root(clauses, 1, proximity) : null;
        return new Built(strict, relaxed, List.copyOf(kept), required);
    }

    private Query root(List<Query> words, int required, List<Query> proximity) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query w : words) {
            if (words.size() == 1) {
                b.add(w, Occur.SHOULD);
            } else {
                b.add(new BooleanQuery.Builder()
                        .add(new BoostQuery(new ConstantScoreQuery(w), COORDINATION), Occur.SHOULD)
                        .add(w, Occur.SHOULD).build(), Occur.SHOULD);
            }
        }
        b.setMinimumNumberShouldMatch(required);
        if (proximity.isEmpty()) {
            return b.build();
        }
        BooleanQuery.Builder root = new BooleanQuery.Builder().add(b.build(), Occur.MUST);
        proximity.forEach(p -> root.add(p, Occur.SHOULD));
        return root.build();
    }

    /** The number of distinct whitespace-separated parts of {@code raw} that hold something after folding. */
    private int readerParts(String raw) {
        return parts(raw == null ? "" : raw).size();
    }

    /** The distinct whitespace-separated parts of {@code raw}, folded, in order; empty ones dropped. */
    private LinkedHashSet<String> parts(String raw) {
        LinkedHashSet<String> parts = new LinkedHashSet<>();
        for (String p : raw.strip().split("\\s+")) {
            String f = analyzers.fold(p);
            if (!f.isEmpty()) {
                parts.add(f);
            }
        }
        return parts;
    }

    /** The words of the query, each as its list of alternatives (the word first unless a rule replaces it). */
    List<List<String>> words(String raw) {
        LinkedHashSet<String> parts = parts(raw);
        List<List<String>> words = new ArrayList<>();
        if (parts.size() == 1) {
            String part = parts.iterator().next();
            List<String> alternatives = analyzers.expand(synonyms, part);
            // Only Chinese text is split: Latin letters and digits (pm2.5, iphone4) are one word as typed, also
            // inside Chinese (更正稿m0sxluw8新标题 → 更正, 稿, m0sxluw8, 新标题): joined to a neighbouring single
            // Chinese character they made a word the index holds nowhere, and the headline typed whole found nothing.
            List<String> segments = hanSegments(part);
            if (segments.size() > 1 && alternatives.equals(List.of(part)) && part.codePoints().anyMatch(
                    c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                for (String s : segments) {
                    if (words.size() == MAX_WORDS) {
                        break;
                    }
                    words.add(analyzers.expand(synonyms, s));
                }
                if (words.size() > 1) {
                    return words;
                }
                words.clear();
            }
            words.add(alternatives);
            return words;
        }
        for (String p : parts) {
            if (words.size() == MAX_WORDS) {
                break;
            }
            words.add(analyzers.expand(synonyms, p));
        }
        return words;
    }

    /**
     * The words of one unspaced part: each run of Chinese characters segmented by smartcn with its single characters
     * joined ({@link #joinSingleCharacters}), each run of anything else (Latin letters, digits, punctuation) kept whole
     * as typed, in order, distinct; runs that hold no token are dropped.
     */
    List<String> hanSegments(String part) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < part.length()) {
            boolean han = Character.UnicodeScript.of(part.codePointAt(i)) == Character.UnicodeScript.HAN;
            int j = i;
            while (j < part.length() && (Character.UnicodeScript.of(part.codePointAt(j)) == Character.UnicodeScript.HAN) == han) {
                j += Character.charCount(part.codePointAt(j));
            }
            String run = part.substring(i, j);
            List<String> tokens = ArticleAnalyzers.tokens(analyzers.word(), ArticleFields.BODY, run);
            if (han) {
                out.addAll(joinSingleCharacters(tokens));
            } else if (!tokens.isEmpty()) {
                out.add(run.strip());
            }
            i = j;
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }

    /**
     * Segments with each run of single-character segments joined into one word: smartcn leaves names it does
     * not know as single characters (姚明 → 姚 明), which as separate words would match any text holding the
     * characters anywhere.
     */
    static List<String> joinSingleCharacters(List<String> segments) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String s : segments) {
            if (s.codePointCount(0, s.length()) == 1) {
                run.append(s);
                continue;
            }
            if (run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
            out.add(s);
        }
        if (run.length() > 0) {
            out.add(run.toString());
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }

    private Query wordQuery(List<String> alternatives) {
        List<Query> alts = new ArrayList<>();
        for (String a : alternatives) {
            Query q = alternativeQuery(a);
            if (q != null) {
                alts.add(q);
            }
        }
        if (alts.size() <= 1) {
            return alts.isEmpty() ? null : alts.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        alts.forEach(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    private Query alternativeQuery(String text) {
        List<String> segments = ArticleAnalyzers.tokens(analyzers.word(), ArticleFields.BODY, text);
        List<Integer> positions = new ArrayList<>();
        List<String> bigrams = ArticleAnalyzers.tokens(analyzers.bigram(), ArticleFields.BODY_BIGRAM, text, positions);
        if (segments.size() != 1 && bigrams.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (segments.size() == 1) {
            b.add(anyField(segments.get(0)), Occur.SHOULD);
        }
        if (!bigrams.isEmpty()) {
            b.add(new BoostQuery(phrase(ArticleFields.TITLE_BIGRAM, bigrams, positions, 0), TITLE_PHRASE_BOOST), Occur.SHOULD);
            b.add(new BoostQuery(phrase(ArticleFields.BODY_BIGRAM, bigrams, positions, 0), BODY_PHRASE_BOOST), Occur.SHOULD);
        }
        Set<String> distinct = new LinkedHashSet<>(bigrams);
        if (distinct.size() >= PARTIAL_MIN_BIGRAMS) {
            // A long word (4 characters or more) also matches when all but one of its bigrams occur in the
            // article, in any order (手机网游 by 手机 … 网游, 延迟退休 by 延迟 … 退休): a compound is often written
            // in its parts. Scored by those bigrams only, so the adjacent form (the phrase clauses) ranks first.
            BooleanQuery.Builder most = new BooleanQuery.Builder();
            for (String g : distinct) {
                most.add(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(ArticleFields.TITLE_BIGRAM, g)), Occur.SHOULD)
                        .add(new TermQuery(new Term(ArticleFields.BODY_BIGRAM, g)), Occur.SHOULD).build(), Occur.SHOULD);
            }
            most.setMinimumNumberShouldMatch(distinct.size() - 1);
            b.add(most.build(), Occur.SHOULD);
        }
        // The word's bigrams as plain BM25 terms in headline and body (score only, under the MUST match): the
        // evidence the char-bigram baseline ranks by, so an article using the word often or in its headline
        // ranks above one that mentions it once.
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(b.build(), Occur.MUST);
        for (String g : new LinkedHashSet<>(bigrams)) {
            scored.add(new BoostQuery(new TermQuery(new Term(ArticleFields.TITLE_BIGRAM, g)), TITLE_BOOST), Occur.SHOULD);
            scored.add(new TermQuery(new Term(ArticleFields.BODY_BIGRAM, g)), Occur.SHOULD);
        }
        if (segments.size() > 1) {
            // A split word matches by its adjacent characters only; its pieces in the body add a little score and
            // give the highlighter body terms to mark (the highlighter reads the body field's terms of the query).
            new LinkedHashSet<>(segments).forEach(t -> scored.add(new TermQuery(new Term(ArticleFields.BODY, t)), Occur.SHOULD));
        }
        return scored.build();
    }

    private static Query anyField(String term) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(ArticleFields.TITLE, term)), TITLE_BOOST), Occur.SHOULD)
                .add(new TermQuery(new Term(ArticleFields.BODY, term)), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(ArticleFields.TAGS, term)), TAGS_BOOST), Occur.SHOULD)
                .build();
    }

    /** Proximity boosts for two words or more (see the class comment). */
    private List<Query> proximity(String raw, List<List<String>> words) {
        if (words.size() < 2) {
            return List.of();
        }
        List<String> seq = new ArrayList<>();
        for (List<String> w : words) {
            seq.addAll(ArticleAnalyzers.tokens(analyzers.word(), ArticleFields.BODY, w.get(0)));
        }
        List<Query> out = new ArrayList<>();
        if (seq.size() >= 2 && seq.size() <= MAX_WORDS) {
            List<Integer> pos = new ArrayList<>();
            for (int i = 0; i < seq.size(); i++) {
                pos.add(i);
            }
            out.add(new BoostQuery(phrase(ArticleFields.TITLE, seq, pos, PROXIMITY_SLOP), TITLE_PROXIMITY_BOOST));
            out.add(new BoostQuery(phrase(ArticleFields.BODY, seq, pos, PROXIMITY_SLOP), BODY_PROXIMITY_BOOST));
        }
        String text = raw.strip();
        if (!text.matches(".*\\s.*")) {
            List<Integer> positions = new ArrayList<>();
            List<String> bigrams = ArticleAnalyzers.tokens(analyzers.bigram(), ArticleFields.BODY_BIGRAM, text, positions);
            if (bigrams.size() >= 2 && bigrams.size() <= MAX_WORDS) {
                out.add(new BoostQuery(phrase(ArticleFields.TITLE_BIGRAM, bigrams, positions, 0), TITLE_PHRASE_BOOST));
                out.add(new BoostQuery(phrase(ArticleFields.BODY_BIGRAM, bigrams, positions, 0), BODY_PHRASE_BOOST));
            }
        }
        return out;
    }

    private static Query phrase(String field, List<String> terms, List<Integer> positions, int slop) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(slop);
        for (int i = 0; i < terms.size(); i++) {
            p.add(new Term(field, terms.get(i)), positions.get(i));
        }
        return p.build();
    }
}
