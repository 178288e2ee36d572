package org.inkstone.syndication;

import jakarta.json.JsonObject;
import org.inkstone.comment.Api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Correction notes against the running server (run by {@code SiteIT}, methods prefixed {@code fix}): a
 * publication that is no correction (after withdrawal and restore) clears the live correction for readers and
 * partners; a correction needs a note of its own, not the one of the correction already live. Each scenario makes
 * its own channel, partners and {@link Newsdesk}.
 */
public final class CorrectionNoteScenarios {

    private final String root;
    private final PullScenarios pull;

    public CorrectionNoteScenarios(String root) {
        this.root = root;
        this.pull = new PullScenarios(root);
    }

    /**
     * Publish (v1), correct with note N1 (v2: ednote 更正：N1, sig:correction, the API's correction N1), withdraw
     * (v3, kill notice), restore, publish again: v4 carries no ednote and no signal, and the article API's
     * {@code correction} is null.
     */
    public void aRepublicationAfterWithdrawalClearsTheCorrection() {
        String channel = pull.channel(null);
        Newsdesk desk = new Newsdesk(root);
        PullScenarios.Partner ninjs = pull.register("ninjs", channel);
        PullScenarios.Partner g2 = pull.register("newsml-g2", channel);
        String note = "数字有误，已更正（N1）";
        long id = desk.publish("更正说明清除稿", channel, "<p>初稿。</p>", null);
        desk.correct(id, "更正说明清除稿（更正）", channel, "<p>更正后的正文。</p>", note);

        JsonObject v2 = last(ninjs);
        assertEquals(2, v2.getInt("version"));
        assertEquals("更正：" + note, v2.getJsonObject("document").getString("ednote"));
        String g2v2 = last(g2).getString("document");
        assertTrue(g2v2.contains("qcode=\"sig:correction\""), g2v2);
        assertTrue(g2v2.contains("更正：" + note), g2v2);
        Api reader = new Api(root);
        assertEquals(note, Api.json(reader.get("api/articles/" + id)).getJsonObject("correction").getString("note"));

        desk.withdraw(id, "撤稿后再发");
        assertEquals(3, last(ninjs).getInt("version"));
        assertEquals("canceled", last(ninjs).getString("pubstatus"));
        moved(desk.move(desk.chief(), id, "restore", null), "draft");
        moved(desk.move(desk.chief(), id, "publish", null), "published");

        JsonObject v4 = last(ninjs);
        assertEquals(4, v4.getInt("version"));
        assertEquals("usable", v4.getString("pubstatus"));
        assertFalse(v4.getJsonObject("document").containsKey("ednote"), v4.toString());
        JsonObject g2v4 = last(g2);
        assertEquals(4, g2v4.getInt("version"));
        String g2doc = g2v4.getString("document");
        assertFalse(g2doc.contains("sig:correction"), g2doc);
        assertFalse(g2doc.contains("edNote"), g2doc);
        SyndicationSchemas.validateNewsmlG2(g2doc);
        SyndicationSchemas.validateNinjs(v4.getJsonObject("document").toString());
        HttpResponse<String> api = reader.get("api/articles/" + id);
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(Api.json(api).isNull("correction"), api.body());
        assertFalse(reader.get("articles/" + id).body().contains("<strong>更正</strong>"), "the page shows no 更正");
        JsonObject newsroom = desk.get(id);
        assertTrue(newsroom.isNull("correction"), newsroom.toString());
    }

    /**
     * With correction N1 live (its note in the version), an editor who saves a changed body and keeps N1 cannot
     * submit it (400 correction_note_required), nor can a chief editor publish it without a new note or with N1 as
     * the reason; a new note N2 (as the reason) publishes correction N2.
     */
    public void aCorrectionNeedsANoteOtherThanTheLiveOne() {
        String channel = pull.channel(null);
        Newsdesk desk = new Newsdesk(root);
        PullScenarios.Partner ninjs = pull.register("ninjs", channel);
        String n1 = "更正了第二段的数字（N1）";
        String n2 = "更正了标题（N2）";
        long id = desk.publish("同一说明稿", channel, "<p>初稿。</p>", null);
        save(desk, id, "<p>第一次更正。</p>", n1);
        moved(desk.move(desk.chief(), id, "publish", null), "published");
        Api reader = new Api(root);
        JsonObject live = Api.json(reader.get("api/articles/" + id));
        assertEquals(n1, live.getJsonObject("correction").getString("note"));
        assertEquals(2, last(ninjs).getInt("version"));

        JsonObject view = desk.get(id);
        assertEquals(n1, view.getString("correctionNote"), "the version keeps the live note");
        save(desk, id, "<p>第二次更正。</p>", view.getString("correctionNote"));
        HttpResponse<String> submit = desk.move(desk.editor(), id, "submit", null);
        assertEquals(400, submit.statusCode(), submit.body());
        assertEquals("correction_note_required", Api.json(submit).getString("code"));
        assertTrue(Api.json(submit).getString("message").contains("本次更正"), submit.body());
        HttpResponse<String> publish = desk.move(desk.chief(), id, "publish", null);
        assertEquals(400, publish.statusCode(), publish.body());
        assertEquals("correction_note_required", Api.json(publish).getString("code"));
        assertTrue(Api.json(publish).getString("message").contains("本次更正"), publish.body());
        HttpResponse<String> sameReason = desk.move(desk.chief(), id, "publish", "\"reason\":" + Api.str(" " + n1 + " "));
        assertEquals(400, sameReason.statusCode(), sameReason.body());
        assertEquals("correction_note_required", Api.json(sameReason).getString("code"));
        assertEquals(2, last(ninjs).getInt("version"), "nothing went out");
        assertEquals(n1, Api.json(reader.get("api/articles/" + id)).getJsonObject("correction").getString("note"));
        assertTrue(Api.json(reader.get("api/articles/" + id)).getString("bodyHtml").contains("第一次更正。"), "readers keep correction N1");

        moved(desk.move(desk.chief(), id, "publish", "\"reason\":" + Api.str(n2)), "published");
        assertEquals(n2, Api.json(reader.get("api/articles/" + id)).getJsonObject("correction").getString("note"));
        JsonObject v3 = last(ninjs);
        assertEquals(3, v3.getInt("version"));
        assertEquals("更正：" + n2, v3.getJsonObject("document").getString("ednote"));
    }

    /** Saves a new body of article {@code id} with {@code correctionNote} as the desk's editor (asserting 200). */
    private static void save(Newsdesk desk, long id, String bodyHtml, String correctionNote) {
        JsonObject now = desk.get(id);
        String json = Newsdesk.article(now.getString("title"), now.getString("channel"), bodyHtml,
                "\"correctionNote\":" + Api.str(correctionNote) + ",\"version\":" + now.getInt("version"));
        HttpResponse<String> r = desk.editor().api().send(desk.editor().api().request("api/newsroom/articles/" + id)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(200, r.statusCode(), r.body());
    }

    /** The partner's last item in its feed (the feed holds one item per article; the scenario has one article). */
    private JsonObject last(PullScenarios.Partner p) {
        List<jakarta.json.JsonValue> items = pull.walk(p, 100).getJsonArray("items");
        assertEquals(1, items.size(), items.toString());
        return items.get(0).asJsonObject();
    }

    private static void moved(HttpResponse<String> r, String status) {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(status, Api.json(r).getString("status"), r.body());
    }
}
