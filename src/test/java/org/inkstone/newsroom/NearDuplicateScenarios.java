package org.inkstone.newsroom;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.inkstone.comment.Api;
import org.inkstone.newsroom.StaffAccounts.Staff;
import org.inkstone.search.NearDuplicates;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.inkstone.newsroom.NewsroomScenarios.article;
import static org.inkstone.newsroom.NewsroomScenarios.create;
import static org.inkstone.newsroom.NewsroomScenarios.get;
import static org.inkstone.newsroom.NewsroomScenarios.move;
import static org.inkstone.newsroom.NewsroomScenarios.ok;
import static org.inkstone.newsroom.NewsroomScenarios.put;
import static org.inkstone.newsroom.NewsroomScenarios.unique;
import static org.inkstone.newsroom.NewsroomScenarios.version;
import static org.inkstone.newsroom.NewsroomScenarios.withVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The near-duplicate warning over HTTP (issue 11), run by {@code SiteIT#dup*}: an editor whose draft repeats a
 * published article is warned with that article and the exact Jaccard index, may still submit (the audit records
 * the warning), and is no longer warned once the text is changed enough. The published article is this
 * scenario's own (channel {@code tech}, random text) and is withdrawn at the end.
 */
public final class NearDuplicateScenarios {

    private final String root;

    public NearDuplicateScenarios(String root) {
        this.root = root;
    }

    /** {@code n} random CJK characters: a text no other article shares. */
    private static String randomText(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
        }
        return b.toString();
    }

    private static List<String> ids(JsonArray a) {
        return a.stream().map(v -> v.asJsonObject().getJsonNumber("id").toString()).toList();
    }

    public void aDraftRepeatingAPublishedArticleIsWarnedUntilItsTextChanges() {
        Staff editor = StaffAccounts.create(root, "editor");
        Staff chief = StaffAccounts.create(root, "chief-editor");
        String title = unique("近似重复");
        String body = randomText(400);
        long published = create(editor, title);
        assertEquals(200, put(editor, published, withVersion(article(title, "tech", "<p>" + body + "</p>"),
                version(editor, published))).statusCode());
        ok(move(chief, published, "publish", null), "published");
        assertEquals(List.of(), ids(get(editor, published).getJsonArray("nearDuplicates")),
                "the published article is no near-duplicate of itself");

        long draft = create(editor, title + "（转）");
        // one character changed in the middle: 5 of 396 shingles differ on each side
        String copy = body.substring(0, 200) + "变" + body.substring(201);
        HttpResponse<String> saved = put(editor, draft, withVersion(article(title, "tech", "<p>" + copy + "</p>"),
                version(editor, draft)));
        assertEquals(200, saved.statusCode(), saved.body());
        double expected = Math.round(NearDuplicates.jaccard(title, body, title, copy) * 10_000) / 10_000.0;
        assertTrue(expected >= 0.95 && expected < 1, "the test's own text: " + expected);
        JsonArray warned = Api.json(saved).getJsonArray("nearDuplicates");
        assertEquals(List.of(Long.toString(published)), ids(warned), saved.body());
        JsonObject d = warned.getJsonObject(0);
        assertEquals(expected, d.getJsonNumber("jaccard").doubleValue());
        assertEquals(title, d.getString("title"));
        assertTrue(d.getString("url").endsWith("/articles/" + published), d.getString("url"));
        assertEquals(List.of(Long.toString(published)), ids(get(editor, draft).getJsonArray("nearDuplicates")),
                "the editor page's view carries it too");

        ok(move(editor, draft, "submit", null), "in_review"); // a warning, not a block
        JsonObject audit = Api.json(editor.api().get("api/newsroom/articles/" + draft + "/history")).getJsonArray("items")
                .getJsonObject(0);
        assertEquals("submit", audit.getString("action"));
        assertEquals("近似重复警告：#" + published + "（相似度 " + String.format(java.util.Locale.ROOT, "%.4f", expected) + "）",
                audit.getString("reason"));

        String rewritten = body.substring(0, 200) + randomText(200);
        HttpResponse<String> changed = put(editor, draft, withVersion(article(title, "tech", "<p>" + rewritten + "</p>"),
                version(editor, draft)));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(List.of(), ids(Api.json(changed).getJsonArray("nearDuplicates")), "half the text changed: no warning");
        assertEquals(List.of(), ids(get(editor, draft).getJsonArray("nearDuplicates")));

        ok(move(chief, published, "withdraw", "\"reason\":\"测试结束\""), "withdrawn");
    }
}
