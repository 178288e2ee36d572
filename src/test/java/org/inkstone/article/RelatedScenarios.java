package org.inkstone.article;

import jakarta.json.JsonObject;
import org.inkstone.comment.Api;
import org.inkstone.syndication.Newsdesk;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Stored related lists against the running server, run by {@code SiteIT}: a publication enters its closest
 * article's stored list and a withdrawal leaves it (each within 5 s of the response), and the full recompute's
 * admin API. Publishes only into channel {@code tech}.
 */
public final class RelatedScenarios {

    /** The bound: a publication reaches its neighbours' lists within 5 s of the publish response. */
    private static final long BOUND_MS = 5_000;
    private static final long STEP_MS = 100;

    private final String root;
    private final String adminToken;

    public RelatedScenarios(String root, String adminToken) {
        this.root = root;
        this.adminToken = adminToken;
    }

    private List<Long> related(long id) {
        HttpResponse<String> r = new Api(root).get("api/articles/" + id);
        assertEquals(200, r.statusCode(), r.body());
        return Api.json(r).getJsonArray("related").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /** Reads the related list of {@code id} every 100 ms until {@code until} holds, at most {@code ms} from {@code since}. */
    private List<Long> await(long id, long since, long ms, Predicate<List<Long>> until, String what) throws InterruptedException {
        List<Long> now = related(id);
        while (!until.test(now)) {
            if (System.currentTimeMillis() - since > ms) {
                fail(what + " not within " + ms + " ms; related list of " + id + " is " + now);
            }
            Thread.sleep(STEP_MS);
            now = related(id);
        }
        return now;
    }

    /** A close rewrite (new headline, sentences reworded and reordered; far below near-duplicate similarity). */
    public void aRewriteEntersTheStoryListWithinFiveSecondsAndLeavesItWhenWithdrawn() throws Exception {
        Newsdesk desk = new Newsdesk(root);
        long story = desk.publish("青岚湖实验室发布芯片级量子陀螺仪样机", "tech",
                "<p>青岚湖实验室昨日发布一款芯片级量子陀螺仪样机，研究团队负责人郦晚舟教授介绍，样机采用金刚石氮空位色心方案。</p>"
                        + "<p>郦晚舟说，这台陀螺仪的体积只有火柴盒大小，零偏稳定性达到每小时千分之一度，可用于无人船和深海潜航器导航。</p>"
                        + "<p>青岚湖实验室与澄江船舶研究所合作，计划明年在洱渊湖开展水下导航试验。</p>", null);
        long t = System.currentTimeMillis();
        List<Long> before = await(story, t, BOUND_MS, l -> !l.isEmpty(), "the story's own list");

        long rewrite = desk.publish("郦晚舟团队量子陀螺仪亮相 体积仅火柴盒大小", "tech",
                "<p>记者从青岚湖实验室获悉，由郦晚舟教授带领的团队研制出芯片级量子陀螺仪样机。</p>"
                        + "<p>据介绍，该样机基于金刚石氮空位色心，零偏稳定性可达每小时千分之一度，今后有望装备无人船与深海潜航器。</p>"
                        + "<p>明年，实验室将联合澄江船舶研究所赴洱渊湖进行水下导航测试。</p>", null);
        long published = System.currentTimeMillis();
        List<Long> with = await(story, published, BOUND_MS, l -> l.contains(rewrite), "the rewrite in the story's list");
        assertEquals(rewrite, with.get(0), "the rewrite is the story's closest article: " + with);

        desk.withdraw(rewrite, "测试撤稿");
        long withdrawn = System.currentTimeMillis();
        // Recomputed, not only filtered: the list is full again (filtering alone would leave one entry fewer).
        List<Long> after = await(story, withdrawn, BOUND_MS, l -> !l.contains(rewrite) && l.size() == before.size(),
                "the story's list recomputed without the rewrite");
        assertFalse(after.contains(rewrite));
    }

    private HttpResponse<String> admin(String method, String token) {
        Api api = new Api(root);
        HttpRequest.Builder b = api.request("api/admin/related/recompute").method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return api.send(b);
    }

    /** POST starts one job (202), a second POST while it runs answers its status (200), GET follows it to the end. */
    public void theFullRecomputeRunsOnceAtATimeAndReportsItsProgress() throws Exception {
        assertEquals(401, admin("POST", null).statusCode());
        assertEquals(401, admin("GET", null).statusCode());
        HttpResponse<String> first = admin("POST", adminToken);
        assertEquals(202, first.statusCode(), first.body());
        JsonObject s = Api.json(first);
        assertTrue(s.getBoolean("running"));
        assertTrue(s.containsKey("startedAt") && s.containsKey("finishedAt") && s.containsKey("listsPerSecond")
                && s.containsKey("done") && s.containsKey("total"), first.body());
        HttpResponse<String> second = admin("POST", adminToken);
        assertEquals(200, second.statusCode(), "no second job while one runs: " + second.body());
        assertEquals(s.getString("startedAt"), Api.json(second).getString("startedAt"));
        long published = Api.json(new Api(root).get("api/articles?size=1")).getJsonNumber("total").longValue();
        long t = System.currentTimeMillis();
        JsonObject end;
        do {
            if (System.currentTimeMillis() - t > 300_000) {
                fail("recompute still running after 300 s");
            }
            Thread.sleep(200);
            HttpResponse<String> r = admin("GET", adminToken);
            assertEquals(200, r.statusCode(), r.body());
            end = Api.json(r);
        } while (end.getBoolean("running"));
        assertEquals(published, end.getJsonNumber("total").longValue(), end.toString());
        assertEquals(published, end.getJsonNumber("done").longValue(), end.toString());
        assertEquals(0, end.getJsonNumber("failed").longValue(), end.toString());
        assertFalse(end.isNull("finishedAt"));
        assertTrue(end.getJsonNumber("listsPerSecond").doubleValue() > 0, end.toString());
    }
}
