package org.inkstone.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The newsroom administration pages ({@code /newsroom/channels}, {@code /newsroom/picks},
 * {@code /newsroom/accounts}) in headless Chromium, logged in as the admin through the log-in page, after
 * their scripts have loaded the lists: one {@code h1} and no axe-core violation of impact serious or critical
 * ({@link AccessibilityScenarios#check}). Run by {@code SiteIT}.
 */
final class AdminPageAccessibilityScenarios {

    private final String root;

    AdminPageAccessibilityScenarios(String root) {
        this.root = root;
    }

    void adminPagesHaveOneH1AndNoSeriousViolations() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            String context = URI.create(root).getPath();
            d.get(root + "login?return=" + URLEncoder.encode(context + "newsroom/channels", StandardCharsets.UTF_8));
            d.findElement(By.id("login-username")).sendKeys("admin");
            d.findElement(By.id("login-password")).sendKeys(AccessibilityScenarios.ADMIN_PASSWORD);
            d.findElement(By.cssSelector("#login-form button[type=submit]")).click();
            waitFor(d, x -> x.getCurrentUrl().endsWith("/newsroom/channels"));
            for (String area : List.of("channels", "picks", "accounts")) {
                d.get(root + "newsroom/" + area);
                waitFor(d, x -> !x.findElements(By.cssSelector("#" + area + "-table tbody tr")).isEmpty());
                problems.addAll(AccessibilityScenarios.check(d, "/newsroom/" + area));
            }
            assertEquals("账号管理", d.findElement(By.tagName("h1")).getText());
        }
        assertEquals(List.of(), problems);
    }

    private static void waitFor(WebDriver d, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(d, Duration.ofSeconds(30)).until(condition);
    }
}
