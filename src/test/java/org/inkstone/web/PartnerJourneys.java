package org.inkstone.web;

import org.inkstone.comment.Api;
import org.inkstone.comment.TestDb;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 合作媒体 pages in headless Chromium, as the admin: register a partner through the form, see its pull key and
 * signing secret once (and use the key), pause it, see the failing flag, rotate its key (the old one stops), and
 * open its delivery log. Run by {@code SiteIT}.
 */
final class PartnerJourneys {

    private final String root;

    PartnerJourneys(String root) {
        this.root = root;
    }

    void anAdminRegistersAPartnerSeesItsKeyOnceAndRotatesIt() {
        String name = "旅程伙伴" + Long.toString(System.nanoTime() % 2_000_000_000L, 36);
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            String context = URI.create(root).getPath();
            d.get(root + "login?return=" + URLEncoder.encode(context + "newsroom/partners", StandardCharsets.UTF_8));
            d.findElement(By.id("login-username")).sendKeys("admin");
            d.findElement(By.id("login-password")).sendKeys(AccessibilityScenarios.ADMIN_PASSWORD);
            d.findElement(By.cssSelector("#login-form button[type=submit]")).click();
            waitFor(d, x -> x.getCurrentUrl().endsWith("/newsroom/partners"));
            assertEquals("合作媒体", d.findElement(By.tagName("h1")).getText());
            assertFalse(d.findElement(By.id("partners-secret")).isDisplayed(), "no credentials before a registration");

            d.findElement(By.id("partner-name")).sendKeys(name);
            new Select(d.findElement(By.id("partner-format"))).selectByValue("newsml-g2");
            new Select(d.findElement(By.id("partner-channels"))).selectByValue("tech");
            d.findElement(By.cssSelector("#partner-form button[type=submit]")).click();
            waitFor(d, x -> x.findElement(By.id("partners-secret")).isDisplayed());
            List<WebElement> codes = d.findElements(By.cssSelector("#partners-secret-list code"));
            assertEquals(2, codes.size());
            String key = codes.get(0).getText();
            assertTrue(key.startsWith("ipk_"), key);
            assertTrue(codes.get(1).getText().startsWith("iss_"), codes.get(1).getText());
            assertEquals(200, pull(key), "the key shown works on the pull API");

            waitFor(d, x -> rowOf(x, name).isDisplayed());
            WebElement row = rowOf(d, name);
            assertEquals(List.of(name, "NewsML-G2", "（无）", "科技", "只拉取"),
                    row.findElements(By.tagName("td")).subList(0, 5).stream().map(WebElement::getText).toList());
            String href = row.findElement(By.tagName("a")).getAttribute("href");
            long id = Long.parseLong(href.substring(href.lastIndexOf('/') + 1));

            d.navigate().refresh();
            waitFor(d, x -> !x.findElements(By.cssSelector("#partners-table tbody tr")).isEmpty());
            assertFalse(d.findElement(By.id("partners-secret")).isDisplayed(), "shown once: gone after a reload");
            assertFalse(d.getPageSource().contains(key), "the key is nowhere in the page any more");

            waitFor(d, x -> {
                rowOf(x, name).findElement(By.xpath(".//button[text()='暂停']")).click();
                return true;
            });
            waitFor(d, x -> !rowOf(x, name).findElements(By.xpath(".//button[text()='恢复']")).isEmpty());
            assertTrue(d.findElement(By.id("partners-status")).getText().contains("拉取不受影响"));
            assertEquals(200, pull(key), "a paused partner still pulls");

            assertEquals(1, TestDb.update("UPDATE partner SET failing_since = '2026-01-02 03:04:05' WHERE id = ?", id));
            d.navigate().refresh();
            waitFor(d, x -> rowOf(x, name).findElement(By.cssSelector("strong.nr-alert")).getText().startsWith("只拉取，推送失败（自 2026-01-02"));

            ((JavascriptExecutor) d).executeScript("window.confirm = function () { return true; };");
            waitFor(d, x -> {
                rowOf(x, name).findElement(By.xpath(".//button[text()='更换拉取密钥']")).click();
                return true;
            });
            waitFor(d, x -> x.findElement(By.id("partners-secret")).isDisplayed());
            String newKey = d.findElement(By.cssSelector("#partners-secret-list code")).getText();
            assertNotEquals(key, newKey);
            assertEquals(401, pull(key), "the old key stops at once");
            assertEquals(200, pull(newKey));

            waitFor(d, x -> {
                rowOf(x, name).findElement(By.tagName("a")).click();
                return true;
            });
            waitFor(d, x -> x.getCurrentUrl().endsWith("/newsroom/partners/" + id));
            assertEquals("合作媒体：" + name, d.findElement(By.tagName("h1")).getText());
            waitFor(d, x -> !x.findElements(By.cssSelector("#deliveries-table tbody tr")).isEmpty());
            assertEquals("还没有投递记录。", d.findElement(By.cssSelector("#deliveries-table tbody tr")).getText());
        }
    }

    private int pull(String key) {
        Api api = new Api(root);
        return api.send(api.request("api/syndication/changes").header("Authorization", "Bearer " + key)).statusCode();
    }

    private static WebElement rowOf(WebDriver d, String name) {
        return d.findElements(By.cssSelector("#partners-table tbody tr")).stream()
                .filter(r -> r.getText().startsWith(name)).findFirst().orElseThrow(() -> new NoSuchElementException("no row " + name));
    }

    /** Waits for {@code condition}; a row re-rendered meanwhile (the lists are rebuilt after every action) is looked up again. */
    private static void waitFor(WebDriver d, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(d, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(condition);
    }
}
