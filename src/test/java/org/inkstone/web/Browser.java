package org.inkstone.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

import java.io.File;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Function;
import java.time.Duration;
import java.util.List;

/**
 * Headless Debian Chromium driven by Selenium through the system chromedriver (no driver download).
 * Kept out of the Arquillian test class so the deployed test archive never references Selenium.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;

    /** A browser set to Chinese (zh-CN), like most of the site's readers. */
    Browser() {
        this("zh-CN", "zh-CN,zh");
    }

    /**
     * A browser whose user-interface language is {@code lang} (e.g. {@code en-US}, what
     * {@code navigator.language} reports) and whose {@code Accept-Language} is {@code acceptLanguages}.
     */
    Browser(String lang, String acceptLanguages) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--lang=" + lang, "--disable-component-update", "--disable-sync", "--no-first-run");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        // Before any page script: record dialogs instead of showing them, and remember the window's own
        // properties, so a payload that runs is seen as a call or as a new global.
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__xssCalls = [];
                ['alert', 'confirm', 'prompt', 'print'].forEach(function (n) {
                  window[n] = function () { window.__xssCalls.push(n + '(' + Array.prototype.join.call(arguments, ',') + ')'); };
                });
                window.__baseline = Object.getOwnPropertyNames(window);
                """));
    }

    /**
     * Opens {@code url}, waits until the comment widget has mounted and rendered at least {@code comments}
     * comments, and returns what a payload would have left: dialog calls, new globals (other than the
     * widget's own {@code InkstoneComments} and the two that Selenium's element lookup leaves), resources fetched from any origin but {@code origin}, and an
     * alert still open.
     */
    List<String> scriptTraces(String url, int comments, String origin) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until((Function<WebDriver, Boolean>) d ->
                d.findElements(By.cssSelector("[data-ink-mounted] .ink-comment")).size() >= comments);
        List<String> traces = new ArrayList<>();
        try {
            traces.add("alert open: " + driver.switchTo().alert().getText());
        } catch (NoAlertPresentException expected) {
            // no dialog
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        @SuppressWarnings("unchecked")
        List<Object> calls = (List<Object>) js.executeScript("return window.__xssCalls || ['trap missing'];");
        calls.forEach(c -> traces.add("dialog " + c));
        @SuppressWarnings("unchecked")
        List<Object> globals = (List<Object>) js.executeScript("""
                return Object.getOwnPropertyNames(window).filter(function (k) {
                  return window.__baseline.indexOf(k) < 0 && ['InkstoneComments', '__xssCalls', '__baseline', 'se_exportedFunctionSymbol', 'ret_nodes'].indexOf(k) < 0;
                });""");
        globals.forEach(g -> traces.add("new global " + g));
        @SuppressWarnings("unchecked")
        List<Object> resources = (List<Object>) js.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        resources.stream().map(String::valueOf).filter(r -> !r.startsWith(origin)).forEach(r -> traces.add("request " + r));
        return traces;
    }

    /** Number of comments the widget shows, and its heading. */
    String commentHeading() {
        return driver.findElement(By.cssSelector("[data-ink-mounted] .ink-title")).getText();
    }

    /**
     * Opens {@code url} and posts an anonymous comment through the widget's form, answering the CAPTCHA with
     * {@code solver} (given the challenge id shown, it returns the answer). Returns the status line the widget
     * shows afterwards and whether the writer's own comment appears marked as pending.
     */
    String postThroughWidget(String url, String nickname, String body, Function<String, String> solver) {
        driver.get(url);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ink-mounted] form.ink-form")));
        WebElement nick = driver.findElement(By.cssSelector("[data-ink-mounted] input[name=nickname]"));
        nick.click();
        nick.sendKeys(nickname);
        driver.findElement(By.cssSelector("[data-ink-mounted] textarea[name=body]")).sendKeys(body);
        WebElement img = wait.until(d -> {
            WebElement i = d.findElement(By.cssSelector("[data-ink-mounted] img.ink-captcha-img"));
            return i.getAttribute("src") != null && i.getAttribute("src").contains("/api/captcha/") ? i : null;
        });
        String src = img.getAttribute("src");
        String id = src.substring(src.indexOf("/api/captcha/") + 13, src.lastIndexOf("/image"));
        driver.findElement(By.cssSelector("[data-ink-mounted] input[name=captchaAnswer]")).sendKeys(solver.apply(id));
        driver.findElement(By.cssSelector("[data-ink-mounted] form.ink-form button[type=submit]")).click();
        wait.until(d -> !d.findElement(By.cssSelector("[data-ink-mounted] .ink-status")).getText().isEmpty()
                || !d.findElement(By.cssSelector("[data-ink-mounted] form .ink-error")).getText().isEmpty());
        String status = driver.findElement(By.cssSelector("[data-ink-mounted] .ink-status")).getText()
                + driver.findElement(By.cssSelector("[data-ink-mounted] form .ink-error")).getText();
        boolean pendingShown;
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ink-mounted] .ink-pending")));
            pendingShown = true;
        } catch (org.openqa.selenium.TimeoutException e) {
            pendingShown = false;
        }
        return status + (pendingShown ? " [pending shown]" : " [pending not shown]");
    }

    /** Opens {@code url}; returns the texts of the links in the 相关文章 list, after it is visible. */
    List<String> relatedTitles(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("related")));
        WebElement section = driver.findElement(By.id("related"));
        if (!section.findElement(By.tagName("h2")).getText().equals("相关文章")) {
            throw new AssertionError("heading of #related is " + section.findElement(By.tagName("h2")).getText());
        }
        return section.findElements(By.cssSelector("li a")).stream().map(WebElement::getText).toList();
    }

    /** Clicks the first related link; returns the headline of the page it leads to. */
    String followFirstRelated() {
        driver.findElement(By.cssSelector("#related li a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The driver, for scenarios that script their own steps. */
    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
