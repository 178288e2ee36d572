package org.inkstone.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.inkstone.comment.Api;
import org.inkstone.comment.TestDb;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The newsroom in headless Chromium, end to end against the deployed WAR (run by {@code SiteIT}): writing with the
 * Quill editor, uploading an image, the three review levels, scheduling, withdrawal, the conflict view, four eyes,
 * cleaning of pasted Word and WeChat HTML, and axe-core on the newsroom pages. Each journey makes its own staff
 * accounts (registered, then given their role in the database, as no other way to make staff exists before the
 * accounts admin) and its own articles, in channels whose article counts no other test checks (not sports or
 * charity). Waits are bounded polls with deadlines, never fixed sleeps.
 */
final class NewsroomJourneys {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String PASSWORD = "correct horse battery";
    private static final Duration UI_WAIT = Duration.ofSeconds(30);
    private static final Pattern EDIT_URL = Pattern.compile("/newsroom/articles/(\\d+)/edit$");

    private final String root;

    /** {@code root}: the application root URL, e.g. {@code http://127.0.0.1:8080/inkstone/}. */
    NewsroomJourneys(String root) {
        this.root = root;
    }

    // ---- (1) write, upload, submit, three levels, live everywhere within 2 s ----------------------------------

    void aReporterWritesUploadsAndSubmitsThreeStaffApproveAndItIsLiveWithinTwoSeconds() {
        Staff reporter = staff("reporter", "记者");
        Staff first = staff("editor", "初审");
        Staff second = staff("chief-editor", "复审");
        Staff third = staff("chief-editor", "终审");
        String title = "墨砚编辑部实测稿件" + RUN + SEQ.incrementAndGet();
        long id;
        try (Browser b = new Browser()) {
            WebDriver d = b.driver();
            logIn(d, reporter, "newsroom/articles/new");
            waitFor(d, x -> "true".equals(x.findElement(By.id("nr-editor")).getAttribute("data-ready")));
            d.findElement(By.id("title")).sendKeys(title);
            d.findElement(By.id("summary")).sendKeys("浏览器中写成的稿件。");
            WebElement body = d.findElement(By.cssSelector("#body-editor .ql-editor"));
            body.click();
            body.sendKeys("第一段：记者在富文本编辑器中输入。", Keys.ENTER);
            d.findElement(By.cssSelector("#body-toolbar button.ql-header[value='2']")).click();
            body.sendKeys("小标题", Keys.ENTER);
            body.sendKeys("第二段，");
            d.findElement(By.cssSelector("#body-toolbar button.ql-bold")).click();
            body.sendKeys("加粗的文字");
            new Select(d.findElement(By.id("channel"))).selectByValue("tech");
            d.findElement(By.id("tags")).sendKeys("测试，编辑部");
            d.findElement(By.id("source")).sendKeys("墨砚新闻");
            d.findElement(By.id("byline")).sendKeys("王记者");
            d.findElement(By.id("media-file")).sendKeys(pngFile().toString());
            d.findElement(By.id("media-alt")).sendKeys("编辑部的测试图片");
            d.findElement(By.id("media-upload")).click();
            waitFor(d, x -> x.findElement(By.id("media-status")).getText().startsWith("已上传"));
            d.findElement(By.id("cover-credit")).sendKeys("墨砚摄影");
            d.findElement(By.id("save")).click();
            waitFor(d, x -> EDIT_URL.matcher(x.getCurrentUrl()).find() && x.findElement(By.id("nr-status")).getText().startsWith("已保存"));
            id = idOf(d.getCurrentUrl());
            d.findElement(By.cssSelector("#actions button[data-action=submit]")).click();
            waitFor(d, x -> x.findElement(By.id("nr-status")).getText().contains("审核中"));
            assertEquals(List.of(), actionButtons(d), "the reporter can do nothing more once it is in review");
        }
        JsonObject saved = Api.json(reporter.api.get("api/newsroom/articles/" + id));
        assertEquals("in_review", saved.getString("status"));
        assertEquals(1, saved.getInt("reviewLevel"));
        assertEquals("<p>第一段：记者在富文本编辑器中输入。</p><h2>小标题</h2><p>第二段，<strong>加粗的文字</strong></p>",
                html(saved.getString("bodyHtml")), "the sanitizer may write characters as entities: compared as parsed");
        assertEquals("墨砚摄影", saved.getJsonObject("coverImage").getString("credit"));
        assertEquals(64, saved.getJsonObject("coverImage").getString("hash").length());
        assertEquals(List.of("测试", "编辑部"), saved.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString));

        approveInBrowser(first, id, "复审");
        approveInBrowser(second, id, "终审");
        Instant published = approveInBrowser(third, id, "已发布");

        Instant deadline = published.plusSeconds(2);
        pollUntil(deadline, () -> reporter.api.get("").body().contains(title)
                && reporter.api.get("channels/tech").body().contains(title)
                && searchHits(title).contains(id), "home, channel page and search within 2 s of publishing");
        HttpResponse<String> page = reporter.api.get("articles/" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("加粗的文字"), "the body is on the article page");
    }

    // ---- (2) scheduling ----------------------------------------------------------------------------------------

    void aScheduledArticleGoesLiveOnTime() {
        Staff reporter = staff("reporter", "定时记者");
        Instant at = Instant.now().plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
        String title = "定时发布测试" + RUN + SEQ.incrementAndGet();
        long id = create(reporter, title, "games", at);
        transition(reporter, id, "submit", null);
        approveThreeLevels(id);
        assertEquals("scheduled", Api.json(reporter.api.get("api/newsroom/articles/" + id)).getString("status"));
        assertEquals(404, reporter.api.get("articles/" + id).statusCode(), "not public before its time");

        try (Browser b = new Browser()) {
            WebDriver d = b.driver();
            logIn(d, reporter, "newsroom/scheduled");
            waitFor(d, x -> x.findElements(By.cssSelector("#nr-scheduled a")).stream().anyMatch(a -> a.getText().equals(title)));
        }
        // live within 5 s of its time (the bound), and not before it
        pollUntil(at.plusSeconds(6), () -> reporter.api.get("api/articles/" + id).statusCode() == 200, "published by its time + 5 s");
        Instant live = Instant.now();
        assertFalse(live.isBefore(at), "went live at " + live + ", before " + at);
        assertEquals("published", Api.json(reporter.api.get("api/newsroom/articles/" + id)).getString("status"));
    }

    // ---- (3) withdrawal ------------------------------------------------------------------------------------------

    void aWithdrawnArticleAnswers410AndIsGoneEverywhere() {
        Staff reporter = staff("reporter", "撤稿记者");
        Staff chief = staff("chief-editor", "撤稿主编");
        String words = "撤稿测试" + RUN + SEQ.incrementAndGet();
        String title = words + "：湿地保护区候鸟迁徙观测";
        String twin = words + "：湿地保护区候鸟迁徙观测续篇";
        long id = publish(reporter, title, "olympics");
        long other = publish(reporter, twin, "olympics");
        assertTrue(relatedIds(other).contains(id), "the twin article lists it as related before the withdrawal");

        Instant withdrawn;
        try (Browser b = new Browser()) {
            WebDriver d = b.driver();
            logIn(d, chief, "newsroom/articles/" + id + "/edit");
            waitFor(d, x -> !x.findElements(By.cssSelector("#actions button[data-action=withdraw]")).isEmpty());
            d.findElement(By.cssSelector("#actions button[data-action=withdraw]")).click();
            waitFor(d, x -> x.findElement(By.id("nr-alert")).getText().equals("请填写原因。"));
            d.findElement(By.id("reason")).sendKeys("事实有误，撤稿核实");
            d.findElement(By.cssSelector("#actions button[data-action=withdraw]")).click();
            waitFor(d, x -> x.findElement(By.id("nr-status")).getText().contains("已撤稿"));
            withdrawn = Instant.now();
        }
        Api anyone = new Api(root);
        HttpResponse<String> page = anyone.get("articles/" + id);
        assertEquals(410, page.statusCode());
        assertFalse(page.body().contains("湿地保护区候鸟迁徙观测</h1>"), "no body on the notice");
        HttpResponse<String> api = anyone.get("api/articles/" + id);
        assertEquals(410, api.statusCode());
        assertEquals("article_withdrawn", Api.json(api).getString("code"));
        pollUntil(withdrawn.plusSeconds(2), () -> !searchHits(words).contains(id)
                && !anyone.get("").body().contains(">" + title + "<")
                && !anyone.get("channels/olympics").body().contains(">" + title + "<")
                && !relatedIds(other).contains(id), "gone from search, home, channel and related lists within 2 s");
        JsonObject history = Api.json(chief.api.get("api/newsroom/articles/" + id + "/history"));
        JsonObject last = history.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> "withdraw".equals(i.getString("action"))).findFirst().orElseThrow();
        assertEquals("事实有误，撤稿核实", last.getString("reason"));
    }

    // ---- (4) conflict view -------------------------------------------------------------------------------------

    void theSecondOfTwoEditorsGetsTheConflictView() {
        Staff reporter = staff("reporter", "冲突记者");
        Staff one = staff("editor", "编辑甲");
        Staff two = staff("editor", "编辑乙");
        long id = create(reporter, "冲突测试原标题" + RUN, "finance", null);
        try (Browser first = new Browser(); Browser second = new Browser()) {
            WebDriver a = first.driver(), b = second.driver();
            logIn(a, one, "newsroom/articles/" + id + "/edit");
            logIn(b, two, "newsroom/articles/" + id + "/edit");
            waitFor(a, x -> "true".equals(x.findElement(By.id("nr-editor")).getAttribute("data-ready")));
            waitFor(b, x -> "true".equals(x.findElement(By.id("nr-editor")).getAttribute("data-ready")));
            a.findElement(By.id("title")).sendKeys("（甲改）");
            a.findElement(By.id("save")).click();
            waitFor(a, x -> x.findElement(By.id("nr-status")).getText().startsWith("已保存"));
            b.findElement(By.id("summary")).sendKeys("乙写的摘要");
            b.findElement(By.id("save")).click();
            waitFor(b, x -> x.findElement(By.id("nr-conflict")).isDisplayed());
            List<String> rows = b.findElements(By.cssSelector("#conflict-rows tr")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("标题 冲突测试原标题" + RUN + "（甲改） 冲突测试原标题" + RUN, "摘要 （空） 乙写的摘要"), rows);
            assertEquals("nr-conflict", ((JavascriptExecutor) b).executeScript("return document.activeElement.id"));
            assertEquals(List.of(), AccessibilityScenarios.check(b, "/newsroom/articles/" + id + "/edit (conflict)"));
            JsonObject stored = Api.json(reporter.api.get("api/newsroom/articles/" + id));
            assertEquals("冲突测试原标题" + RUN + "（甲改）", stored.getString("title"), "nothing overwritten");
            assertEquals("", stored.getString("summary", ""));
            // the second editor chooses to keep both: load the current version, then write the summary again
            b.findElement(By.id("conflict-theirs")).click();
            waitFor(b, x -> x.findElement(By.id("title")).getAttribute("value").endsWith("（甲改）"));
            b.findElement(By.id("summary")).sendKeys("乙写的摘要");
            b.findElement(By.id("save")).click();
            waitFor(b, x -> x.findElement(By.id("nr-status")).getText().startsWith("已保存"));
        }
        JsonObject stored = Api.json(reporter.api.get("api/newsroom/articles/" + id));
        assertEquals("冲突测试原标题" + RUN + "（甲改）", stored.getString("title"));
        assertEquals("乙写的摘要", stored.getString("summary"));
    }

    // ---- (5) four eyes ---------------------------------------------------------------------------------------------

    void theAuthorCannotApproveTheirOwnVersion() {
        Staff author = staff("editor", "自审编辑");
        Staff other = staff("editor", "他审编辑");
        long id = create(author, "四眼原则测试" + RUN, "education", null);
        JsonObject submitted = transition(author, id, "submit", null);
        assertEquals("in_review", submitted.getString("status"));
        try (Browser b = new Browser()) {
            WebDriver d = b.driver();
            logIn(d, author, "newsroom/articles/" + id + "/edit");
            waitFor(d, x -> x.findElement(By.id("nr-status")).getText().contains("审核中"));
            assertFalse(actionButtons(d).contains("approve"), "no approve button for the author: " + actionButtons(d));
        }
        HttpResponse<String> refused = postTransition(author, id, "approve", version(author, id), null);
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("own_version", Api.json(refused).getString("code"));
        try (Browser b = new Browser()) {
            WebDriver d = b.driver();
            logIn(d, other, "newsroom/articles/" + id + "/edit");
            waitFor(d, x -> actionButtons(x).contains("approve"));
        }
        assertEquals(1, Api.json(author.api.get("api/newsroom/articles/" + id)).getInt("reviewLevel"), "still at level 1");
    }

    // ---- (6) pasted Word and WeChat HTML ------------------------------------------------------------------------

    void pastedWordAndWeChatHtmlIsCleaned() {
        Staff reporter = staff("reporter", "粘贴记者");
        String word = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body>"
                + "<p class=\"MsoNormal\" style=\"mso-margin-top-alt:auto;line-height:150%\"><span style=\"font-family:宋体;mso-bidi-font-family:Arial;color:#C00000\">"
                + "来自Word的段落<o:p></o:p></span></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
                + "<p class=\"MsoNormal\"><b><span style=\"font-size:14pt;mso-fareast-font-family:黑体\">Word加粗<o:p></o:p></span></b></p></body></html>";
        String weChat = "<section style=\"margin:0;padding:0;box-sizing:border-box\" data-role=\"outer\"><p style=\"color:rgb(62,62,62);font-size:15px\">"
                + "<span style=\"color:#ff0000;background-color:yellow\">来自微信的段落</span></p><p><br></p>"
                + "<p style=\"text-align:center\"><img data-src=\"https://mmbiz.qpic.cn/x.jpg\" src=\"https://mmbiz.qpic.cn/x.jpg\"></p></section>";
        long id;
        try (Browser b = new Browser()) {
            WebDriver d = b.driver();
            logIn(d, reporter, "newsroom/articles/new");
            waitFor(d, x -> "true".equals(x.findElement(By.id("nr-editor")).getAttribute("data-ready")));
            d.findElement(By.id("title")).sendKeys("粘贴清理测试" + RUN);
            new Select(d.findElement(By.id("channel"))).selectByValue("women");
            JavascriptExecutor js = (JavascriptExecutor) d;
            js.executeScript("var q = Quill.find(document.getElementById('body-editor'));"
                    + "q.clipboard.dangerouslyPasteHTML(0, arguments[0], 'user');"
                    + "q.insertText(q.getLength() - 1, '\\n', 'user');"
                    + "q.clipboard.dangerouslyPasteHTML(q.getLength() - 1, arguments[1], 'user');", word, weChat);
            d.findElement(By.id("save")).click();
            waitFor(d, x -> EDIT_URL.matcher(x.getCurrentUrl()).find() && x.findElement(By.id("nr-status")).getText().startsWith("已保存"));
            id = idOf(d.getCurrentUrl());
        }
        String body = Api.json(reporter.api.get("api/newsroom/articles/" + id)).getString("bodyHtml");
        for (String gone : List.of("mso-", "<o:p", "style=", "<span", "font-family", "MsoNormal", "mmbiz", "<section", "<p></p>", "<p><br></p>")) {
            assertFalse(body.contains(gone), gone + " in " + body);
        }
        assertEquals("<p>来自Word的段落</p><p><strong>Word加粗</strong></p><p>来自微信的段落</p>", html(body));
    }

    // ---- (7) autosave and an expired session -------------------------------------------------------------------

    /**
     * Autosave writes the working copy (the page's 30 s timer is shortened to 0.5 s in this browser, before any page
     * script runs); when the session has expired a save says so and keeps what was typed, and after logging in
     * again the page offers it back.
     */
    void anExpiredSessionLosesNothingAndAutosaveKeepsAWorkingCopy() {
        Staff reporter = staff("reporter", "过期记者");
        long id = create(reporter, "会话过期测试" + RUN, "games", null);
        try (Browser b = new Browser()) {
            WebDriver d = b.driver();
            ((org.openqa.selenium.chrome.ChromeDriver) d).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of(
                    "source", "var __si = window.setInterval; window.setInterval = function (f, ms) { return __si(f, ms === 30000 ? 500 : ms); };"));
            logIn(d, reporter, "newsroom/articles/" + id + "/edit");
            waitFor(d, x -> "true".equals(x.findElement(By.id("nr-editor")).getAttribute("data-ready")));
            d.findElement(By.id("summary")).sendKeys("自动保存的摘要");
            pollUntil(Instant.now().plusSeconds(10), () -> {
                HttpResponse<String> wc = reporter.api.get("api/newsroom/articles/" + id + "/working-copy");
                return wc.statusCode() == 200 && "自动保存的摘要".equals(Api.json(wc).getString("summary", ""));
            }, "the working copy holds the summary typed");
            waitFor(d, x -> x.findElement(By.id("nr-status")).getText().startsWith("已自动保存"));

            d.manage().deleteAllCookies(); // the session ends
            d.findElement(By.id("title")).sendKeys("（未保存）");
            d.findElement(By.id("save")).click();
            waitFor(d, x -> x.findElement(By.id("nr-alert")).getText().startsWith("登录已过期"));
            assertEquals("重新登录", d.findElement(By.cssSelector("#nr-alert a")).getText());

            logIn(d, reporter, "newsroom/articles/" + id + "/edit");
            waitFor(d, x -> x.findElement(By.id("nr-restore")).isDisplayed());
            d.findElement(By.id("restore-yes")).click();
            assertEquals("会话过期测试" + RUN + "（未保存）", d.findElement(By.id("title")).getAttribute("value"));
            assertEquals("自动保存的摘要", d.findElement(By.id("summary")).getAttribute("value"));
            d.findElement(By.id("save")).click();
            waitFor(d, x -> x.findElement(By.id("nr-status")).getText().startsWith("已保存"));
        }
        JsonObject stored = Api.json(reporter.api.get("api/newsroom/articles/" + id));
        assertEquals("会话过期测试" + RUN + "（未保存）", stored.getString("title"));
        assertEquals("自动保存的摘要", stored.getString("summary"));
        assertEquals(404, reporter.api.get("api/newsroom/articles/" + id + "/working-copy").statusCode(), "the save dropped it");
    }

    // ---- access and accessibility -----------------------------------------------------------------------------------

    /**
     * Anonymous visitors are sent to the log-in page with the way back; readers get a 403 page; staff the page;
     * a malformed or unknown article id the 404 page.
     */
    void newsroomPagesAreForStaffOnly() {
        Api anonymous = new Api(root);
        Api reader = new Api(root).registerAndLogIn("nr_reader_" + RUN + SEQ.incrementAndGet(), "读者" + RUN + SEQ.incrementAndGet());
        Staff reporter = staff("reporter", "页面记者");
        long id = create(reporter, "页面权限测试稿件" + RUN, "tech", null);
        for (String path : List.of("newsroom", "newsroom/articles/new", "newsroom/articles/" + id + "/edit", "newsroom/articles/" + id + "/history",
                "newsroom/review", "newsroom/scheduled")) {
            HttpResponse<String> a = anonymous.get(path);
            assertEquals(303, a.statusCode(), path);
            assertEquals(root + "login?return=" + URLEncoder.encode(java.net.URI.create(root).getPath() + path, StandardCharsets.UTF_8),
                    a.headers().firstValue("Location").orElse(""), path);
            HttpResponse<String> r = reader.get(path);
            assertEquals(403, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            HttpResponse<String> s = reporter.api.get(path);
            assertEquals(200, s.statusCode(), path);
            assertTrue(s.headers().firstValue("Cache-Control").orElse("").contains("no-store"), path);
        }
        assertEquals(400, reporter.api.get("newsroom?status=bogus").statusCode());
        assertEquals(404, reporter.api.get("newsroom/articles/abc/edit").statusCode());
        for (String path : List.of("newsroom/articles/999999999/edit", "newsroom/articles/999999999/history")) {
            HttpResponse<String> missing = reporter.api.get(path); // an article that does not exist: the 404 page
            assertEquals(404, missing.statusCode(), path);
            assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        }
        HttpResponse<String> quill = anonymous.get("webjars/quill/1.3.7/dist/quill.min.js");
        assertEquals(200, quill.statusCode());
        assertEquals("public, max-age=31536000, immutable", quill.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(quill.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(404, anonymous.get("webjars/quill/1.3.7/dist/quill.min.js.map").statusCode());
    }

    /** Every newsroom page with data loaded (an article in review with a sensitive word, revisions, a diff). */
    void newsroomPagesHaveNoSeriousViolations() {
        Staff reporter = staff("reporter", "无障碍记者");
        Staff editor = staff("editor", "无障碍编辑");
        long id = create(reporter, "无障碍测试稿件" + RUN, "tech", null);
        transition(reporter, id, "submit", null);
        List<String> problems = new ArrayList<>();
        try (Browser b = new Browser()) {
            WebDriver d = b.driver();
            logIn(d, editor, "newsroom");
            waitFor(d, x -> !x.findElements(By.cssSelector("#nr-list tbody tr")).isEmpty());
            problems.addAll(AccessibilityScenarios.check(d, "/newsroom"));
            for (String path : List.of("newsroom/review", "newsroom/scheduled", "newsroom/articles/new",
                    "newsroom/articles/" + id + "/edit", "newsroom/articles/" + id + "/history")) {
                d.get(root + path);
                waitFor(d, x -> x.findElements(By.cssSelector("[aria-busy]")).isEmpty()
                        && (x.findElements(By.id("nr-editor")).isEmpty() || "true".equals(x.findElement(By.id("nr-editor")).getAttribute("data-ready")))
                        && (x.findElements(By.id("nr-history")).isEmpty() || "true".equals(x.findElement(By.id("nr-history")).getAttribute("data-ready"))));
                problems.addAll(AccessibilityScenarios.check(d, "/" + path));
            }
            // the keyboard: Tab leaves the body editor for the next control
            d.get(root + "newsroom/articles/" + id + "/edit");
            waitFor(d, x -> "true".equals(x.findElement(By.id("nr-editor")).getAttribute("data-ready")));
            WebElement body = d.findElement(By.cssSelector("#body-editor .ql-editor"));
            body.click();
            body.sendKeys(Keys.TAB);
            assertEquals("channel", ((JavascriptExecutor) d).executeScript("return document.activeElement.id"),
                    "Tab leaves the body editor for the next field (栏目)");
        }
        assertEquals(List.of(), problems);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** A staff member with a logged-in API client. */
    record Staff(String username, Api api) {
    }

    /**
     * Registers an account, gives it {@code role} in the database, and logs a fresh client in (roles are read at
     * log-in). {@code name} only documents the part it plays: display names avoid words reserved for staff (编辑...).
     */
    Staff staff(String role, String name) {
        int n = SEQ.incrementAndGet();
        String username = "nr_" + role.replace("-", "") + "_" + RUN + "_" + n;
        HttpResponse<String> r = new Api(root).post("api/accounts", "{\"username\":" + Api.str(username) + ",\"displayName\":"
                + Api.str("同事" + RUN + n) + ",\"password\":" + Api.str(PASSWORD) + "}");
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(1, TestDb.update("UPDATE account SET role = ? WHERE username = ?", role, username));
        return new Staff(username, new Api(root).logIn(username, PASSWORD));
    }

    private void logIn(WebDriver d, Staff s, String path) {
        String context = java.net.URI.create(root).getPath();
        d.get(root + "login?return=" + URLEncoder.encode(context + path, StandardCharsets.UTF_8));
        d.findElement(By.id("login-username")).sendKeys(s.username());
        d.findElement(By.id("login-password")).sendKeys(PASSWORD);
        d.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitFor(d, x -> x.getCurrentUrl().endsWith(context + path));
    }

    /** Opens the editor as {@code s}, clicks 审核通过 and waits until the status line names {@code expected}; returns when. */
    private Instant approveInBrowser(Staff s, long id, String expected) {
        try (Browser b = new Browser()) {
            WebDriver d = b.driver();
            logIn(d, s, "newsroom/articles/" + id + "/edit");
            waitFor(d, x -> actionButtons(x).contains("approve"));
            d.findElement(By.cssSelector("#actions button[data-action=approve]")).click();
            waitFor(d, x -> x.findElement(By.id("nr-status")).getText().contains(expected));
            return Instant.now();
        }
    }

    private static List<String> actionButtons(WebDriver d) {
        return d.findElements(By.cssSelector("#actions button[data-action]")).stream().map(e -> e.getAttribute("data-action")).toList();
    }

    private void approveThreeLevels(long id) {
        for (String role : List.of("editor", "chief-editor", "chief-editor")) {
            Staff s = staff(role, "审核" + role.length());
            JsonObject r = transition(s, id, "approve", null);
            assertTrue(r.containsKey("status"), r.toString());
        }
    }

    private long publish(Staff reporter, String title, String channel) {
        long id = create(reporter, title, channel, null);
        transition(reporter, id, "submit", null);
        approveThreeLevels(id);
        assertEquals("published", Api.json(reporter.api.get("api/newsroom/articles/" + id)).getString("status"));
        return id;
    }

    private long create(Staff s, String title, String channel, Instant publishAt) {
        String at = publishAt == null ? "null" : Api.str(OffsetDateTime.ofInstant(publishAt, ZoneOffset.ofHours(8)).toString());
        HttpResponse<String> r = s.api.post("api/newsroom/articles", "{\"title\":" + Api.str(title) + ",\"summary\":\"\",\"bodyHtml\":"
                + Api.str("<p>" + title + "。湿地、候鸟与观测站的记录。</p>") + ",\"channel\":" + Api.str(channel)
                + ",\"tags\":[],\"source\":\"墨砚新闻\",\"byline\":\"测试\",\"coverImage\":null,\"publishAt\":" + at + "}");
        assertEquals(201, r.statusCode(), r.body());
        return Api.json(r).getJsonNumber("id").longValue();
    }

    private long version(Staff s, long id) {
        return Api.json(s.api.get("api/newsroom/articles/" + id)).getJsonNumber("version").longValue();
    }

    private JsonObject transition(Staff s, long id, String action, String reason) {
        HttpResponse<String> r = postTransition(s, id, action, version(s, id), reason);
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return Api.json(r);
    }

    private HttpResponse<String> postTransition(Staff s, long id, String action, long version, String reason) {
        return s.api.post("api/newsroom/articles/" + id + "/transitions", "{\"action\":" + Api.str(action) + ",\"version\":" + version
                + ",\"reason\":" + Api.str(reason) + ",\"acknowledgeSensitive\":true}");
    }

    private List<Long> searchHits(String q) {
        HttpResponse<String> r = new Api(root).get("api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        return Api.json(r).getJsonArray("hits").stream().map(h -> h.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private List<Long> relatedIds(long id) {
        HttpResponse<String> r = new Api(root).get("api/articles/" + id);
        return Api.json(r).getJsonArray("related").stream().map(h -> h.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /** {@code fragment} parsed and written again (characters as themselves, no pretty printing). */
    private static String html(String fragment) {
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parseBodyFragment(fragment);
        d.outputSettings().prettyPrint(false);
        return d.body().html();
    }

    private static long idOf(String url) {
        Matcher m = EDIT_URL.matcher(url);
        assertTrue(m.find(), url);
        return Long.parseLong(m.group(1));
    }

    /** A 160×120 PNG with a gradient, written to a temporary file for the browser's file input. */
    private static Path pngFile() {
        BufferedImage img = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(139, 26, 26), 160, 120, new Color(26, 79, 139)));
        g.fillRect(0, 0, 160, 120);
        g.dispose();
        try {
            Path f = Files.createTempFile("newsroom-journey-", ".png");
            ImageIO.write(img, "png", f.toFile());
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for {@code condition}; a timeout names the page and what its alert and status lines said. */
    private static void waitFor(WebDriver d, Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(d, UI_WAIT).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out on " + d.getCurrentUrl() + "; alert: " + text(d, "nr-alert") + "; status: "
                    + text(d, "nr-status") + "; media: " + text(d, "media-status"), e);
        }
    }

    private static String text(WebDriver d, String id) {
        List<WebElement> e = d.findElements(By.id(id));
        return e.isEmpty() ? "-" : e.get(0).getText();
    }

    /** Checks {@code condition} until it holds or {@code deadline} passes (then fails with {@code what}); 50 ms apart. */
    private static void pollUntil(Instant deadline, BooleanSupplier condition, String what) {
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not true by " + deadline + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
