package org.inkstone.web;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.inkstone.comment.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * axe-core (the copy inside {@code com.deque.html.axe-core:selenium}) run in headless Chromium on every kind of
 * page, after its scripts have run: each page must have exactly one {@code h1} and no violation of impact
 * serious or critical (WCAG 2.1 A/AA rules and axe's best practices). A failure lists page, rule id, impact
 * and the CSS selectors of the offending elements. Run by {@code SiteIT}; each scenario makes its own data.
 */
final class AccessibilityScenarios {

    static final String ADMIN_PASSWORD = "it-admin-password";
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private final String root;

    /** {@code root}: the application root URL, e.g. {@code http://127.0.0.1:8080/inkstone/}. */
    AccessibilityScenarios(String root) {
        this.root = root;
    }

    /** Home, a channel, search results, the log-in page and a 404 page. */
    void readerPagesHaveOneH1AndNoSeriousViolations() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            for (String path : List.of("", "channels/sports", "search?q=" + URLEncoder.encode("乡村振兴", StandardCharsets.UTF_8),
                    "login", "no/such/page")) {
                d.get(root + path);
                waitFor(d, x -> !x.findElements(By.cssSelector("footer.site")).isEmpty());
                problems.addAll(check(d, "/" + path));
            }
            assertEquals("404 页面不存在", d.findElement(By.tagName("h1")).getText(), "the last page is the 404 page");
        }
        assertEquals(List.of(), problems);
    }

    /**
     * An article page whose comment widget has loaded a reader's comment and a staff reply (meta line, staff
     * badge, reply and report buttons), the sign-in line and the CAPTCHA, with one report form open.
     */
    void articlePageWithLoadedCommentsHasNoSeriousViolations() {
        long article = SpareArticles.get(root, SpareArticles.ACCESSIBILITY);
        Api reader = new Api(root).registerAndLogIn("a11y_reader_" + RUN, "无障碍读者");
        long first = posted(reader.post("api/articles/" + article + "/comments", comment("读者的评论：字色对比要够。", null)));
        Api admin = new Api(root).logIn("admin", ADMIN_PASSWORD);
        posted(admin.post("api/articles/" + article + "/comments", comment("工作人员的回复。", first)));

        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            d.get(root + "articles/" + article);
            waitFor(d, x -> x.findElements(By.cssSelector("[data-ink-mounted] .ink-comment .ink-meta")).size() >= 2
                    && !x.findElements(By.cssSelector("[data-ink-mounted] .ink-staff")).isEmpty()
                    && !x.findElement(By.cssSelector("[data-ink-mounted] .ink-mode")).getText().isEmpty()
                    && x.findElements(By.cssSelector("[data-ink-mounted] [aria-busy]")).isEmpty());
            d.findElement(By.cssSelector("[data-ink-mounted] .ink-actions button[aria-expanded]")).click();
            waitFor(d, x -> !x.findElements(By.cssSelector("[data-ink-mounted] .ink-flag-form select")).isEmpty());
            // the widget asks for a CAPTCHA once its form is on screen; wait for the image (or the refusal)
            ((JavascriptExecutor) d).executeScript(
                    "document.querySelector('[data-ink-mounted] form.ink-form').scrollIntoView()");
            waitFor(d, x -> !x.findElements(By.cssSelector("[data-ink-mounted] img.ink-captcha-img[src]:not([hidden])")).isEmpty()
                    || !x.findElement(By.cssSelector("[data-ink-mounted] form.ink-form > .ink-error")).getText().isEmpty());
            problems.addAll(check(d, "/articles/" + article));
        }
        assertEquals(List.of(), problems);
    }

    /** The moderation queue, logged in as the admin through the log-in page, with a held comment and its block form open. */
    void moderationQueueHasNoSeriousViolations() {
        long article = SpareArticles.get(root, SpareArticles.MODERATION);
        Api reader = new Api(root).registerAndLogIn("a11y_held_" + RUN, "待审读者");
        HttpResponse<String> held = reader.post("api/articles/" + article + "/comments",
                comment("带链接的评论等待审核：<a href=\"https://example.com/a11y\">https://example.com/a11y</a>", null));
        posted(held);
        assertEquals("pending", Api.json(held).getString("status"), held.body());

        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            d.get(root + "login?return=" + URLEncoder.encode(context() + "admin/comments", StandardCharsets.UTF_8));
            d.findElement(By.id("login-username")).sendKeys("admin");
            d.findElement(By.id("login-password")).sendKeys(ADMIN_PASSWORD);
            d.findElement(By.cssSelector("#login-form button[type=submit]")).click();
            waitFor(d, x -> x.getCurrentUrl().endsWith("/admin/comments"));
            waitFor(d, x -> !x.findElements(By.cssSelector("#moderation tbody tr")).isEmpty()
                    && x.findElements(By.cssSelector("#moderation [aria-busy]")).isEmpty());
            WebElement block = d.findElement(By.cssSelector("#moderation tbody button[aria-expanded]"));
            block.click();
            waitFor(d, x -> !x.findElements(By.cssSelector("#moderation .ink-mod-block-row")).isEmpty());
            problems.addAll(check(d, "/admin/comments"));
        }
        assertEquals(List.of(), problems);
    }

    /** The context path of {@code root}, e.g. {@code /inkstone/}. */
    private String context() {
        return java.net.URI.create(root).getPath();
    }

    private static String comment(String body, Long parentId) {
        return "{\"body\":" + Api.str(body) + ",\"parentId\":" + parentId + "}";
    }

    private static long posted(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Api.json(r).getJsonNumber("id").longValue();
    }

    private static void waitFor(WebDriver d, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(d, Duration.ofSeconds(30)).until(condition);
    }

    /**
     * The page's problems: an {@code h1} count other than one, and every axe-core violation of impact serious
     * or critical as {@code "page rule-id (impact): [selector] [selector] …"}.
     */
    static List<String> check(WebDriver d, String page) {
        List<String> problems = new ArrayList<>();
        int h1 = d.findElements(By.tagName("h1")).size();
        if (h1 != 1) {
            problems.add(page + " has " + h1 + " h1 elements");
        }
        Results results = new AxeBuilder().analyze(d);
        if (results.isErrored()) {
            problems.add(page + " axe-core failed: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            if (!BLOCKING.contains(rule.getImpact())) {
                continue;
            }
            StringBuilder s = new StringBuilder(page + " " + rule.getId() + " (" + rule.getImpact() + "):");
            for (CheckedNode node : rule.getNodes()) {
                s.append(' ').append(node.getTarget());
            }
            problems.add(s.toString());
        }
        return problems;
    }
}
