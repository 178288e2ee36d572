package org.inkstone.newsroom;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.inkstone.comment.Api;
import org.inkstone.media.MediaUploads;
import org.inkstone.newsroom.StaffAccounts.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.inkstone.newsroom.NewsroomScenarios.article;
import static org.inkstone.newsroom.NewsroomScenarios.get;
import static org.inkstone.newsroom.NewsroomScenarios.move;
import static org.inkstone.newsroom.NewsroomScenarios.ok;
import static org.inkstone.newsroom.NewsroomScenarios.put;
import static org.inkstone.newsroom.NewsroomScenarios.unique;
import static org.inkstone.newsroom.NewsroomScenarios.version;
import static org.inkstone.newsroom.NewsroomScenarios.withVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * System tests (run by {@code SiteIT}) of the cover image from upload to the reader's page, the API and the
 * staff preview, and of the review queue ({@code waiting=true}) leaving out what its reader already approved in
 * the current round. Articles are published in {@code games}, a channel no other test counts; every list is
 * narrowed to this scenario's articles by a unique title prefix ({@code q}).
 */
public final class CoverAndQueueScenarios {

    private final String root;

    /** {@code root}: the application root URL, e.g. {@code http://127.0.0.1:8080/inkstone/}. */
    public CoverAndQueueScenarios(String root) {
        this.root = root;
    }

    /** The context path, e.g. {@code /inkstone}: the root-relative URLs of pages and the API start with it. */
    private String base() {
        String path = URI.create(root).getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A draft in {@code games} with the cover {@code hash} and {@code credit}, created by {@code s}. */
    private static long createWithCover(Staff s, String title, String hash, String credit) {
        String json = article(title, "games", "<p>" + title + "的正文。</p>");
        json = json.substring(0, json.length() - 1) + ",\"coverImage\":{\"hash\":" + Api.str(hash) + ",\"credit\":" + Api.str(credit) + "}}";
        HttpResponse<String> r = s.api().post("api/newsroom/articles", json);
        assertEquals(201, r.statusCode(), r.body());
        return Api.json(r).getJsonNumber("id").longValue();
    }

    private void assertCoverFigure(String html, String alt, String srcset, String large, int width, int height, String caption) {
        Document d = Jsoup.parse(html);
        Element body = d.selectFirst("article .body");
        assertNotNull(body, html);
        Element figure = body.child(0);
        assertEquals("figure", figure.tagName(), "the cover opens the body");
        Element img = figure.selectFirst("img");
        assertEquals(large, img.attr("src"));
        assertEquals(srcset, img.attr("srcset"));
        assertEquals("(max-width: 960px) calc(100vw - 2rem), 928px", img.attr("sizes"));
        assertEquals(String.valueOf(width), img.attr("width"));
        assertEquals(String.valueOf(height), img.attr("height"));
        assertEquals(alt, img.attr("alt"));
        assertEquals("eager", img.attr("loading"));
        assertEquals(List.of(caption), figure.select("figcaption").eachText());
    }

    /**
     * A reporter uploads a photo and writes an article with it as cover and a credit; once a chief editor
     * publishes it, the page opens the body with the figure (page sizes in {@code srcset}, the photo's size, its
     * alt text, 图片来源), {@code GET /api/articles/{id}} has {@code coverImage} with the same root-relative URLs,
     * which serve the images; the staff preview shows the same figure. A cover whose image is not in the library
     * is left out (page 200, {@code coverImage} null).
     */
    public void aPublishedCoverIsOnThePageTheApiAndThePreview() {
        Staff reporter = StaffAccounts.create(root, "reporter");
        Staff chief = StaffAccounts.create(root, "chief-editor");
        String alt = unique("渡口的清晨");
        JsonObject media = MediaUploads.photo(reporter.api(), root, 1600, 900, alt);
        String hash = media.getString("hash");
        long id = createWithCover(reporter, unique("封面稿"), hash, "新华社 记者丙");
        ok(move(chief, id, "publish", null), "published");

        String b = base();
        String large = b + "/media/" + hash + "-1200.jpg";
        String small = b + "/media/" + hash + "-400.jpg";
        String srcset = small + " 400w, " + large + " 1200w";
        Api reader = new Api(root);
        HttpResponse<String> page = reader.get("articles/" + id);
        assertEquals(200, page.statusCode());
        assertCoverFigure(page.body(), alt, srcset, large, 1600, 900, "图片来源:新华社 记者丙");

        HttpResponse<String> api = reader.get("api/articles/" + id);
        assertEquals(200, api.statusCode(), api.body());
        JsonObject cover = Api.json(api).getJsonObject("coverImage");
        Map<String, Object> got = new TreeMap<>();
        cover.forEach((k, v) -> got.put(k, v instanceof JsonString str ? str.getString() : v.toString()));
        assertEquals(new TreeMap<>(Map.of("url", b + "/media/" + hash + ".jpg", "width", "1600", "height", "900", "alt", alt,
                "credit", "新华社 记者丙", "sizes", "{\"large\":\"" + large + "\",\"small\":\"" + small + "\"}")), got);
        String origin = root.substring(0, root.indexOf('/', "http://".length()));
        for (String url : List.of(cover.getString("url"), large, small)) {
            HttpResponse<String> img = reader.send(HttpRequest.newBuilder(URI.create(origin + url)));
            assertEquals(200, img.statusCode(), url);
            // the container appends ";charset=UTF-8" to every response type (web.xml's response encoding), images included
            assertTrue(img.headers().firstValue("Content-Type").orElse("").startsWith("image/jpeg"), url);
        }

        HttpResponse<String> preview = reporter.api().get("newsroom/articles/" + id + "/preview");
        assertEquals(200, preview.statusCode());
        assertCoverFigure(preview.body(), alt, srcset, large, 1600, 900, "图片来源:新华社 记者丙");

        // a save names only images the library holds (400 naming coverImage, see NewsroomScenarios); an image
        // removed from the library after the save (an operator deleting its rows): the article goes on without a cover
        String gone = MediaUploads.photo(reporter.api(), root, 640, 360, unique("将被删除的图")).getString("hash");
        long bare = createWithCover(reporter, unique("无图封面"), gone, "");
        assertEquals(1, org.inkstone.comment.TestDb.update("DELETE FROM media WHERE hash = ?", gone));
        ok(move(chief, bare, "publish", null), "published");
        HttpResponse<String> barePage = reader.get("articles/" + bare);
        assertEquals(200, barePage.statusCode());
        assertEquals(0, Jsoup.parse(barePage.body()).select("article figure").size());
        assertTrue(Api.json(reader.get("api/articles/" + bare)).isNull("coverImage"));
        assertEquals(200, reporter.api().get("newsroom/articles/" + bare + "/preview").statusCode());
    }

    private TreeSet<Long> waiting(Staff s, String prefix) {
        JsonObject page = Api.json(s.api().get("api/newsroom/articles?waiting=true&size=100&q="
                + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8)));
        TreeSet<Long> ids = new TreeSet<>();
        page.getJsonArray("items").forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
        assertEquals(ids.size(), page.getJsonObject("counts").getInt("in_review"), "the counts agree with the queue");
        return ids;
    }

    private static TreeSet<Long> ids(long... ids) {
        TreeSet<Long> set = new TreeSet<>();
        for (long id : ids) {
            set.add(id);
        }
        return set;
    }

    /**
     * {@code waiting=true} lists what the caller may approve now: in review at a level their role may approve,
     * not their own version, and not approved by them at an earlier level of the current round (which
     * {@code approve} refuses with {@code same_approver}); a new round (content change sending it back to level 1,
     * or a return and a new submit) lists it again. Checked against {@code allowedActions} and the refusal.
     */
    public void theReviewQueueLeavesOutWhatTheCallerAlreadyApproved() {
        Staff reporter = StaffAccounts.create(root, "reporter");
        Staff editor = StaffAccounts.create(root, "editor");
        Staff chief1 = StaffAccounts.create(root, "chief-editor");
        Staff chief2 = StaffAccounts.create(root, "chief-editor");
        String prefix = unique("待审队列");
        java.util.function.Function<String, Long> submitted = name -> {
            long id = NewsroomScenarios.create(reporter, prefix + name);
            ok(move(reporter, id, "submit", null), "in_review");
            return id;
        };
        long level1 = submitted.apply("一级");
        long level2 = submitted.apply("二级");
        ok(move(editor, level2, "approve", null), "in_review");
        long approvedAtLevel2 = submitted.apply("已审二级");           // chief1 approved level 2, now at level 3
        ok(move(editor, approvedAtLevel2, "approve", null), "in_review");
        ok(move(chief1, approvedAtLevel2, "approve", null), "in_review");
        long approvedAtLevel1 = submitted.apply("已审一级");           // chief1 approved level 1, chief2 level 2
        ok(move(chief1, approvedAtLevel1, "approve", null), "in_review");
        ok(move(chief2, approvedAtLevel1, "approve", null), "in_review");
        long changedSince = submitted.apply("改稿");                   // chief1 approved level 1, then the text changed
        ok(move(chief1, changedSince, "approve", null), "in_review");
        HttpResponse<String> edit = put(reporter, changedSince, withVersion(article(prefix + "改稿后", "tech", "<p>改过的正文</p>"),
                version(reporter, changedSince)));
        assertEquals(200, edit.statusCode(), edit.body());
        assertEquals(1, Api.json(edit).getInt("reviewLevel"), "a content change starts a new round");
        long resubmitted = submitted.apply("重交");                    // chief1 approved level 1, returned, submitted again
        ok(move(chief1, resubmitted, "approve", null), "in_review");
        ok(move(chief2, resubmitted, "return", "\"reason\":\"补充来源\""), "returned");
        ok(move(reporter, resubmitted, "submit", null), "in_review");
        long chief1Own = NewsroomScenarios.create(chief1, prefix + "自己的");
        ok(move(chief1, chief1Own, "submit", null), "in_review");
        long draft = NewsroomScenarios.create(reporter, prefix + "草稿");

        assertEquals(ids(level1, level2, changedSince, resubmitted), waiting(chief1, prefix));
        assertEquals(ids(level1, level2, approvedAtLevel2, changedSince, resubmitted, chief1Own), waiting(chief2, prefix));
        assertEquals(ids(level1, changedSince, resubmitted, chief1Own), waiting(editor, prefix));
        assertEquals(ids(), waiting(reporter, prefix), "a reporter approves nothing");

        // the queue is exactly what approve allows
        TreeSet<Long> queue = waiting(chief1, prefix);
        for (long id : List.of(level1, level2, approvedAtLevel2, approvedAtLevel1, changedSince, resubmitted, chief1Own, draft)) {
            boolean mayApprove = get(chief1, id).getJsonArray("allowedActions").getValuesAs(JsonString::getString).contains("approve");
            assertEquals(queue.contains(id), mayApprove, "article " + id);
        }
        for (long id : List.of(approvedAtLevel2, approvedAtLevel1)) {
            HttpResponse<String> again = move(chief1, id, "approve", null);
            assertEquals(403, again.statusCode(), again.body());
            assertEquals("same_approver", Api.json(again).getString("code"));
        }
        HttpResponse<String> own = move(chief1, chief1Own, "approve", null);
        assertEquals("own_version", Api.json(own).getString("code"));
    }
}
