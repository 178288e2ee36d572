package org.inkstone.web;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The comment widget's language in Chromium: the embed's {@code data-locale} first, then the page's
 * {@code <html lang>}, the browser's language only when the page names none. Labels are compared with the
 * exact texts of {@code webapp/assets/comments.js}. Run by {@code SiteIT}.
 */
final class WidgetLocaleScenarios {

    /** An origin the test server lets embed the widget ({@code inkstone.cors.origins} of it-system.properties). */
    private static final int EMBED_PORT = 18081;

    private final String root;

    /** {@code root}: the application root URL, e.g. {@code http://127.0.0.1:8080/inkstone/}. */
    WidgetLocaleScenarios(String root) {
        this.root = root;
    }

    /** An English browser on the (zh-CN) article page sees the Chinese widget. */
    void anEnglishBrowserSeesAChineseWidgetOnAChinesePage() {
        long article = SpareArticles.get(root, SpareArticles.WIDGET_LOCALE);
        try (Browser browser = new Browser("en-US", "en-US,en")) {
            WebDriver d = browser.driver();
            d.get(root + "articles/" + article);
            assertEquals("en-US", js(d, "return navigator.language"), "the browser under test speaks English");
            assertEquals("zh-CN", js(d, "return document.documentElement.lang"));
            assertEquals(List.of("zh-CN", "发表评论", "排序", "最新", "最早"), labels(d));
        }
    }

    /**
     * On a partner's Chinese page, {@code data-locale="en"} gives an English widget even in a Chinese browser;
     * a page without {@code lang} and without {@code data-locale} follows the browser.
     */
    void dataLocaleDecidesAndTheBrowserOnlyWhenThePageSaysNothing() throws Exception {
        long article = SpareArticles.get(root, SpareArticles.WIDGET_LOCALE);
        String widget = "<div data-inkstone-comments data-article=\"" + article + "\"%s></div>"
                + "<script src=\"" + root + "assets/comments.js\" defer></script>";
        Map<String, String> pages = Map.of(
                "/zh-page-en-widget.html", "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>合作媒体</title><h1>合作媒体</h1>"
                        + widget.formatted(" data-locale=\"en\""),
                "/no-lang.html", "<!DOCTYPE html><html><meta charset=\"utf-8\"><title>Partner</title><h1>Partner</h1>"
                        + widget.formatted(""));
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", EMBED_PORT), 0);
        pages.forEach((path, html) -> other.createContext(path, ex -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html;charset=UTF-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        }));
        other.start();
        String origin = "http://127.0.0.1:" + EMBED_PORT;
        try {
            try (Browser zh = new Browser()) {
                WebDriver d = zh.driver();
                d.get(origin + "/zh-page-en-widget.html");
                assertEquals(List.of("en", "Post", "Sort", "Newest", "Oldest"), labels(d), "data-locale=en on a zh-CN page");
                d.get(origin + "/no-lang.html");
                assertEquals(List.of("zh-CN", "发表评论", "排序", "最新", "最早"), labels(d), "no lang: a Chinese browser");
            }
            try (Browser en = new Browser("en-US", "en-US,en")) {
                WebDriver d = en.driver();
                d.get(origin + "/no-lang.html");
                assertEquals(List.of("en", "Post", "Sort", "Newest", "Oldest"), labels(d), "no lang: an English browser");
            }
        } finally {
            other.stop(0);
        }
    }

    /** An English browser logs in (log-in page) and gets the moderation page's controls in the page's Chinese. */
    void theModerationPageSpeaksThePageLanguage() {
        try (Browser browser = new Browser("en-US", "en-US,en")) {
            WebDriver d = browser.driver();
            d.get(root + "login?return=" + java.net.URI.create(root).getPath() + "admin/comments");
            d.findElement(By.id("login-username")).sendKeys("admin");
            d.findElement(By.id("login-password")).sendKeys(AccessibilityScenarios.ADMIN_PASSWORD);
            d.findElement(By.cssSelector("#login-form button[type=submit]")).click();
            new WebDriverWait(d, Duration.ofSeconds(30)).until((Function<WebDriver, Boolean>) x ->
                    !x.findElements(By.cssSelector("#moderation .ink-mod form.ink-mod-filter button[type=submit]")).isEmpty());
            assertEquals("en-US", js(d, "return navigator.language"));
            assertEquals(List.of("zh-CN", "加载", "状态", "批量操作"), List.of(
                    d.findElement(By.cssSelector("#moderation .ink-mod")).getDomAttribute("lang"),
                    d.findElement(By.cssSelector("#moderation .ink-mod-filter button[type=submit]")).getText(),
                    d.findElement(By.cssSelector("#moderation .ink-mod-filter label")).getText(),
                    d.findElement(By.cssSelector("#moderation .ink-mod-bulk")).getDomAttribute("aria-label")));
        }
    }

    /** The widget's pure choice, {@code InkstoneComments.pickLocale(dataLocale, pageLang, browserLang)}, case by case. */
    void pickLocaleFollowsDataLocaleThenPageThenBrowser() {
        long article = SpareArticles.get(root, SpareArticles.WIDGET_LOCALE);
        record Case(String dataLocale, String pageLang, String browserLang, String expected) {
        }
        List<Case> cases = List.of(
                new Case("en", "zh-CN", "zh-CN", "en"),
                new Case("zh", "en", "en-US", "zh"),
                new Case("zh-Hant-TW", null, "en", "zh"),
                new Case(null, "zh-CN", "en-US", "zh"),
                new Case("", "zh", "en-US", "zh"),
                new Case("  ", "en-GB", "zh-CN", "en"),
                new Case(null, "fr", "zh-CN", "en"),
                new Case(null, "", "zh-CN", "zh"),
                new Case(null, null, "en-US", "en"),
                new Case(null, null, "ZH_cn", "zh"),
                new Case(null, null, "zu", "en"),
                new Case(null, null, null, "en"));
        try (Browser browser = new Browser("en-US", "en-US,en")) {
            WebDriver d = browser.driver();
            d.get(root + "articles/" + article);
            waitForWidget(d);
            for (Case c : cases) {
                assertEquals(c.expected(), ((JavascriptExecutor) d).executeScript(
                        "return InkstoneComments.pickLocale(arguments[0], arguments[1], arguments[2]);",
                        c.dataLocale(), c.pageLang(), c.browserLang()), c.toString());
            }
        }
    }

    private static Object js(WebDriver d, String script) {
        return ((JavascriptExecutor) d).executeScript(script);
    }

    private static void waitForWidget(WebDriver d) {
        new WebDriverWait(d, Duration.ofSeconds(30)).until((Function<WebDriver, Boolean>) x ->
                !x.findElements(By.cssSelector("[data-ink-mounted] form.ink-form button[type=submit]")).isEmpty());
    }

    /** The mounted widget's lang attribute, submit button, sort label and the two sort toggles. */
    private static List<String> labels(WebDriver d) {
        waitForWidget(d);
        return List.of(
                d.findElement(By.cssSelector("[data-ink-mounted] .ink-widget")).getDomAttribute("lang"),
                d.findElement(By.cssSelector("[data-ink-mounted] form.ink-form button[type=submit]")).getText(),
                d.findElement(By.cssSelector("[data-ink-mounted] .ink-sort-label")).getText(),
                d.findElement(By.cssSelector("[data-ink-mounted] .ink-toggle[data-order=newest]")).getText(),
                d.findElement(By.cssSelector("[data-ink-mounted] .ink-toggle[data-order=oldest]")).getText());
    }
}
