package org.inkstone.syndication;

import jakarta.json.JsonObject;
import org.inkstone.comment.Api;
import org.inkstone.newsroom.StaffAccounts;
import org.inkstone.newsroom.StaffAccounts.Staff;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A news desk for syndication tests against the running server: an editor writes, a chief editor publishes,
 * corrects and withdraws (the newsroom API of issue 9). Each instance makes its own two accounts.
 */
public final class Newsdesk {

    private final String root;
    private final Staff editor;
    private final Staff chief;

    public Newsdesk(String root) {
        this.root = root;
        this.editor = StaffAccounts.create(root, "editor");
        this.chief = StaffAccounts.create(root, "chief-editor");
    }

    public Staff editor() {
        return editor;
    }

    public Staff chief() {
        return chief;
    }

    /** The JSON of an article as the newsroom API takes it ({@code extra}: more members, e.g. {@code "summary":"…"}, or null). */
    public static String article(String title, String channel, String bodyHtml, String extra) {
        return "{\"title\":" + Api.str(title) + ",\"channel\":" + Api.str(channel) + ",\"bodyHtml\":" + Api.str(bodyHtml)
                + ",\"tags\":[\"测试\"],\"source\":\"本报\",\"byline\":\"记者 甲\"" + (extra == null ? "" : "," + extra) + "}";
    }

    /** Creates and publishes an article now; returns its id. */
    public long publish(String title, String channel, String bodyHtml, String extra) {
        HttpResponse<String> r = editor.api().post("api/newsroom/articles", article(title, channel, bodyHtml, extra));
        assertEquals(201, r.statusCode(), r.body());
        long id = Api.json(r).getJsonNumber("id").longValue();
        moved(move(chief, id, "publish", null), "published");
        return id;
    }

    /** Publishes a correction of published article {@code id} with new content and {@code note}. */
    public void correct(long id, String title, String channel, String bodyHtml, String note) {
        String json = article(title, channel, bodyHtml, null);
        json = json.substring(0, json.length() - 1) + ",\"version\":" + version(id) + "}";
        HttpResponse<String> r = editor.api().send(editor.api().request("api/newsroom/articles/" + id)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(200, r.statusCode(), r.body());
        moved(move(chief, id, "publish", "\"reason\":" + Api.str(note)), "published");
    }

    /** Withdraws published article {@code id} with {@code reason} (the chief editor's transition). */
    public void withdraw(long id, String reason) {
        moved(move(chief, id, "withdraw", "\"reason\":" + Api.str(reason)), "withdrawn");
    }

    /** The newsroom's view of article {@code id}. */
    public JsonObject get(long id) {
        HttpResponse<String> r = editor.api().get("api/newsroom/articles/" + id);
        assertEquals(200, r.statusCode(), r.body());
        return Api.json(r);
    }

    private int version(long id) {
        return get(id).getInt("version");
    }

    /** Takes transition {@code action} of article {@code id} as {@code s} at its current version ({@code extra}: more members, or null). */
    public HttpResponse<String> move(Staff s, long id, String action, String extra) {
        return s.api().post("api/newsroom/articles/" + id + "/transitions", "{\"action\":" + Api.str(action) + ",\"version\":"
                + version(id) + (extra == null ? "" : "," + extra) + "}");
    }

    private static void moved(HttpResponse<String> r, String status) {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(status, Api.json(r).getString("status"), r.body());
    }

    public String root() {
        return root;
    }
}
