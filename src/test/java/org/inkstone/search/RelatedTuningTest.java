package org.inkstone.search;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The related list's query construction (issue 11, "generic vocabulary drowns the topic"): a long policy
 * article shares its generic words (工作, 发展, 群众, 组织…) with every other policy article and its subject
 * (a place, a programme, a person) with few; the list must follow the subject.
 */
class RelatedTuningTest {

    private static final Instant AT = Instant.parse("2012-06-15T00:00:00Z");
    private static final String GENERIC = "各级领导干部要认真做好工作，推动发展，加强组织建设，落实各项工作任务，密切联系群众，"
            + "切实加强领导，推进工作落实，促进经济社会发展，组织群众，服务群众。";

    private ByteBuffersDirectory dir;
    private LuceneArticleIndex index;

    @BeforeEach
    void setUp() {
        dir = new ByteBuffersDirectory();
        index = new LuceneArticleIndex(dir, 16);
        // 1: the source, a long policy article about the 人口较少民族 programme in 西宁.
        add(1, "回良玉在西宁强调扶持人口较少民族发展",
                "回良玉在西宁召开的扶持人口较少民族发展工作会议上讲话。" + GENERIC.repeat(2)
                        + "人口较少民族聚居的村寨要加快脱贫，西宁会议总结了扶持人口较少民族的经验，回良玉要求西宁做好扶持。");
        // 2: same subject, short, almost none of the generic words.
        add(2, "青海西宁扶持人口较少民族村寨脱贫", "西宁周边人口较少民族聚居的村寨去年脱贫，扶持资金到村到户。");
        // 3-6: other policy articles: all the generic words, another subject each.
        add(3, "公安部召开干部座谈会", "公安部召开干部座谈会。" + GENERIC.repeat(5) + "公安民警要依法办事。");
        add(4, "财政部部署预算工作", "财政部召开会议部署预算。" + GENERIC.repeat(5) + "预算执行要规范。");
        add(5, "环保部部署减排工作", "环保部召开会议部署减排。" + GENERIC.repeat(5) + "减排指标要完成。");
        add(6, "教育部部署招生工作", "教育部召开会议部署招生。" + GENERIC.repeat(5) + "招生计划要公开。");
        // Unrelated filler, so that document frequencies look like a real corpus's.
        String[] topics = {"湖人击败国王", "基金净值上涨", "新款相机降价", "电影首映", "楼市成交回暖",
                "地板新品发布", "手机网游更新", "时装周开幕", "留学签证简化", "公益活动启动"};
        for (int i = 0; i < 30; i++) {
            String t = topics[i % topics.length];
            add(100 + i, t + "第" + i + "期", t + "，记者报道了第" + i + "期的详细情况。");
        }
        index.commit(1, "db-1");
    }

    @AfterEach
    void tearDown() throws Exception {
        index.close();
    }

    private void add(long id, String title, String body) {
        index.upsert(new IndexedArticle(id, title, body, List.of(), "news", AT));
    }

    @Test
    void theShippedQueryListsTheArticleOfTheSameSubjectBeforeArticlesSharingOnlyGenericWords() {
        assertEquals(List.of(2L, 4L, 5L, 6L, 3L), index.related(1, 5));
    }

    @Test
    void theQueryOfIssue11sStartListedTheArticleOfTheSameSubjectLastBehindTheGenericOnes() {
        assertEquals(List.of(4L, 5L, 6L, 3L, 2L), index.related(1, 5, RelatedTuning.BEFORE));
    }

    @Test
    void idfPowerRaisesLuceneClassicIdfToThePower() {
        // ClassicSimilarity: idf = 1 + ln((N + 1) / (df + 1)); N = 9, df = 1: 1 + ln 5.
        double idf = 1 + Math.log(5);
        assertEquals(idf, new LuceneArticleIndex.PowerIdfSimilarity(1).idf(1, 9), 1e-6);
        assertEquals(idf * idf, new LuceneArticleIndex.PowerIdfSimilarity(2).idf(1, 9), 1e-5);
    }

    @Test
    void maxDocFreqIsThePercentageOfTheArticlesCappedAtTwoThousand() {
        assertEquals(116, LuceneArticleIndex.maxDocFreq(1_163, 10));
        assertEquals(2_000, LuceneArticleIndex.maxDocFreq(100_000, 10));
    }
}
