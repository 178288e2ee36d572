package org.inkstone.search;

import org.inkstone.ingest.CorpusReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality command's arithmetic on hand-computed examples, the shape of the judged sets, and the issue's
 * targets on them (search nDCG@10 at least 0.03 above the bigram BM25 baseline; related nDCG@5 ≥ 0.78).
 */
class SearchQualityTest {

    private static final double EPS = 1e-12;

    // grades of a toy query: a and d are on topic (2), b in part (1), c judged off topic (0); e is unjudged
    private static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1, "c", 0, "d", 2);

    @Test
    void ndcgUsesExponentialGainsLogDiscountAndTheIdealOfAllJudgedGrades() {
        // DCG = (2^1-1)/log2(2) + 0 (e unjudged) + (2^2-1)/log2(4) + 0 = 1 + 1.5 = 2.5
        assertEquals(2.5, SearchQuality.dcg(List.of("b", "e", "a", "c"), GRADES, 10), EPS);
        // ideal a, d, b, c: 3/1 + 3/log2(3) + 1/log2(4) = 5.392789260714372 (d is judged but never retrieved)
        assertEquals(5.392789260714372, SearchQuality.dcg(List.of("a", "d", "b", "c"), GRADES, 10), EPS);
        assertEquals(0.4635819942403664, SearchQuality.ndcg(List.of("b", "e", "a", "c"), GRADES, 10), EPS);
        assertEquals(1.0, SearchQuality.ndcg(List.of("d", "a", "b"), GRADES, 10), EPS);
    }

    @Test
    void ndcgAtKCutsBothTheRankingAndTheIdealAtK() {
        // @2: DCG = 1 + 0 = 1; ideal = 3 + 3/log2(3) = 4.892789260714372
        assertEquals(1 / 4.892789260714372, SearchQuality.ndcg(List.of("b", "e", "a"), GRADES, 2), EPS);
    }

    @Test
    void ndcgIsZeroForAQueryWithoutRelevantJudgments() {
        assertEquals(0.0, SearchQuality.ndcg(List.of("c"), Map.of("c", 0), 10), EPS);
        assertEquals(0.0, SearchQuality.ndcg(List.of(), GRADES, 10), EPS);
    }

    @Test
    void precisionCountsGradeOneAndAboveAndAShortListsGapsAsMisses() {
        assertEquals(0.4, SearchQuality.precision(List.of("b", "e", "a", "c"), GRADES, 5), EPS);
        assertEquals(0.6, SearchQuality.precision(List.of("a", "b", "c", "d", "e", "x"), GRADES, 5), EPS);
    }

    @Test
    void reciprocalRankIsOneOverTheRankOfTheFirstRelevantEntryWithinK() {
        assertEquals(1.0, SearchQuality.reciprocalRank(List.of("b", "e"), GRADES, 10), EPS);
        assertEquals(1.0 / 3, SearchQuality.reciprocalRank(List.of("e", "c", "a"), GRADES, 10), EPS);
        assertEquals(0.0, SearchQuality.reciprocalRank(List.of("e", "c", "a"), GRADES, 2), EPS);
    }

    @Test
    void unjudgedCountsEntriesWithoutAnyJudgmentNotGradeZeroOnes() {
        assertEquals(2, SearchQuality.unjudged(List.of("e", "c", "x", "a"), GRADES, 10));
        assertEquals(1, SearchQuality.unjudged(List.of("e", "c", "x", "a"), GRADES, 2));
    }

    @Test
    void qrelsRefuseGradesOutsideZeroToTwoAndDoubleJudgments(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "q1\tdoc-1\t3\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> SearchQuality.readQrels(bad));
        Path twice = dir.resolve("twice.tsv");
        Files.writeString(twice, "q1\tdoc-1\t2\nq1\tdoc-1\t0\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> SearchQuality.readQrels(twice));
        Path ok = dir.resolve("ok.tsv");
        Files.writeString(ok, "q1\tdoc-1\t2\nq1\tdoc-2\t0\nq2\tdoc-1\t1\n", StandardCharsets.UTF_8);
        assertEquals(Map.of("q1", Map.of("doc-1", 2, "doc-2", 0), "q2", Map.of("doc-1", 1)),
                SearchQuality.readQrels(ok));
    }

    // ------------------------------------------------------------ the judged set's shape

    @Test
    void theJudgedQueriesCoverEveryKindAndEveryChannelOfTheIssue() throws Exception {
        List<SearchQuality.JudgedQuery> qs = SearchQuality.readQueries(SearchQuality.RELEVANCE_DIR.resolve("search-queries.tsv"));
        Map<String, Long> kinds = qs.stream().collect(Collectors.groupingBy(SearchQuality.JudgedQuery::kind, Collectors.counting()));
        assertTrue(qs.size() >= 44, "queries: " + qs.size());
        assertTrue(kinds.get("multi-word") >= 12, kinds.toString());
        assertTrue(kinds.get("traditional") >= 6, kinds.toString());
        assertTrue(kinds.get("full-width") >= 4, kinds.toString());
        assertTrue(kinds.get("person") >= 6, kinds.toString());
        assertTrue(kinds.get("no-answer") >= 3, kinds.toString());
        Set<String> channels = qs.stream().map(SearchQuality.JudgedQuery::channel).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(channels.containsAll(List.of("体育", "娱乐", "时政", "财经", "科技", "时尚", "房产", "家居", "游戏", "教育",
                "gongyi", "news")), channels.toString());
        Set<String> texts = qs.stream().map(SearchQuality.JudgedQuery::text).collect(Collectors.toSet());
        assertTrue(texts.containsAll(List.of("姚明 退役", "奥运 冠军 采访", "姚明 退役 原因", "香港 樓市", "房價")));
    }

    @Test
    void everyJudgedQueryHasJudgmentsAndOnlyNoAnswerQueriesLackARelevantDocument() throws Exception {
        List<SearchQuality.JudgedQuery> qs = SearchQuality.readQueries(SearchQuality.RELEVANCE_DIR.resolve("search-queries.tsv"));
        Map<String, Map<String, Integer>> qrels = SearchQuality.readQrels(SearchQuality.RELEVANCE_DIR.resolve("search-qrels.tsv"));
        List<String> wrong = new ArrayList<>();
        for (SearchQuality.JudgedQuery q : qs) {
            Map<String, Integer> g = qrels.getOrDefault(q.qid(), Map.of());
            boolean relevant = g.values().stream().anyMatch(v -> v >= 1);
            if (g.isEmpty() || relevant == q.kind().equals(SearchQuality.NO_ANSWER)) {
                wrong.add(q.qid());
            }
        }
        assertEquals(List.of(), wrong);
    }

    // ------------------------------------------------------------ the issue's targets (whole corpus, ~1 min)

    private static SearchQuality.Systems systems;
    private static SearchQuality.Result result;

    private static synchronized SearchQuality.Result result() throws Exception {
        if (result == null) {
            Path shared = Path.of(System.getProperty("inkstone.shared.dir", "../shared"));
            systems = new SearchQuality.Systems(SearchQuality.loadCorpus(shared, new ArrayList<CorpusReader.Reject>()), false);
            result = SearchQuality.evaluate(systems,
                    SearchQuality.readQueries(SearchQuality.RELEVANCE_DIR.resolve("search-queries.tsv")),
                    SearchQuality.readQrels(SearchQuality.RELEVANCE_DIR.resolve("search-qrels.tsv")),
                    SearchQuality.readQrels(SearchQuality.RELEVANCE_DIR.resolve("related-qrels.tsv")));
        }
        return result;
    }

    @AfterAll
    static void close() throws Exception {
        if (systems != null) {
            systems.close();
        }
    }

    @Test
    void productSearchBeatsTheBigramBaselineByAtLeastThreePointsOfNdcgAtTen() throws Exception {
        SearchQuality.Result r = result();
        assertEquals(List.of(), r.missingIds());
        double margin = r.search().get("product").ndcg() - r.search().get("bm25").ndcg();
        assertTrue(margin >= SearchQuality.SEARCH_MARGIN_TARGET, "product - bm25 nDCG@10 = " + margin);
    }

    @Test
    void relatedListsReachNdcgAtFiveOfAtLeast078() throws Exception {
        SearchQuality.Result r = result();
        assertEquals(List.of(), r.missingIds());
        assertTrue(r.related().containsKey("product"), "related-qrels.tsv has no judged source");
        double ndcg = r.related().get("product").ndcg();
        assertTrue(ndcg >= SearchQuality.RELATED_NDCG_TARGET, "related nDCG@5 = " + ndcg);
    }
}
