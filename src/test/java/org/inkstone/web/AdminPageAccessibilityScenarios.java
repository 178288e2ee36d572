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
 * {@code /newsroom/partners}, a partner's {@code /newsroom/partners/{id}}, {@code /newsroom/accounts}) in headless Chromium, logged in as the admin through the log-in page, after
 * their scripts have loaded the lists: one {@code h1} and no axe-core violation of impact serious or critical
 * ({@link AccessibilityScenarios#check}). Run by {@code SiteIT}.
 */
final class AdminPageAccessibilityScenarios {

    private final String root;

    AdminPageAccessibilityScenarios(String root) {
        this.root = root;
    }

    void adminPagesHaveOneH1AndNoSeriousViolations() {
        long partner = registerPartner();
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            String context = URI.create(root).getPath();
            d.get(root + "login?return=" + URLEncoder.encode(context + "newsroom/channels", StandardCharsets.UTF_8));
            d.findElement(By.id("login-username")).sendKeys("admin");
            d.findElement(By.id("login-password")).sendKeys(AccessibilityScenarios.ADMIN_PASSWORD);
            d.findElement(By.cssSelector("#login-form button[type=submit]")).click();
            waitFor(d, x -> x.getCurrentUrl().endsWith("/newsroom/channels"));
            d.get(root + "newsroom/partners/" + partner);
            waitFor(d, x -> !x.findElements(By.cssSelector("#deliveries-table tbody tr")).isEmpty());
            problems.addAll(AccessibilityScenarios.check(d, "/newsroom/partners/" + partner));
            for (String area : List.of("channels", "picks", "partners", "accounts")) {
                d.get(root + "newsroom/" + area);
                waitFor(d, x -> !x.findElements(By.cssSelector("#" + area + "-table tbody tr")).isEmpty());
                problems.addAll(AccessibilityScenarios.check(d, "/newsroom/" + area));
            }
            assertEquals("账号管理", d.findElement(By.tagName("h1")).getText());
        }
        assertEquals(List.of(), problems);
    }

    /** A pull-only partner registered through the admin API (the partners pages then list at least one). */
    private long registerPartner() {
        org.inkstone.comment.Api token = new org.inkstone.comment.Api(root);
        String name = "无障碍伙伴" + Long.toString(System.nanoTime() % 2_000_000_000L, 36);
        java.net.http.HttpResponse<String> r = token.send(token.request("api/admin/partners")
                .header("Authorization", "Bearer it-admin-token").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"format\":\"ninjs\",\"channels\":[]}")));
        assertEquals(201, r.statusCode(), r.body());
        return org.inkstone.comment.Api.json(r).getJsonNumber("id").longValue();
    }

    /**
     * An editor whose password an administrator reset logs in on the log-in page with the one-time password:
     * the page asks for a new password (the form accessible, the one-time password filled in), and after the
     * change goes on to the page it was asked for.
     */
    void aOneTimePasswordLogInAsksForTheNewPasswordFirst() {
        String run = Long.toString(System.nanoTime() % 2_000_000_000L, 36);
        String username = "otp_page_" + run;
        org.inkstone.comment.Api token = new org.inkstone.comment.Api(root);
        java.net.http.HttpResponse<String> created = token.send(token.request("api/admin/accounts")
                .header("Authorization", "Bearer it-admin-token").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
                        + "\",\"displayName\":\"改密编辑" + run + "\",\"password\":\"correct horse battery\",\"roles\":[\"editor\"]}")));
        assertEquals(201, created.statusCode(), created.body());
        long id = org.inkstone.comment.Api.json(created).getJsonNumber("id").longValue();
        java.net.http.HttpResponse<String> reset = token.send(token.request("api/admin/accounts/" + id + "/password-reset")
                .header("Authorization", "Bearer it-admin-token").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, reset.statusCode(), reset.body());
        String oneTime = org.inkstone.comment.Api.json(reset).getString("oneTimePassword");

        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            WebDriver d = browser.driver();
            String context = URI.create(root).getPath();
            d.get(root + "login?return=" + URLEncoder.encode(context + "newsroom/picks", StandardCharsets.UTF_8));
            d.findElement(By.id("login-username")).sendKeys(username);
            d.findElement(By.id("login-password")).sendKeys(oneTime);
            d.findElement(By.cssSelector("#login-form button[type=submit]")).click();
            waitFor(d, x -> x.findElement(By.id("change-section")).isDisplayed());
            assertEquals(oneTime, d.findElement(By.id("change-current-password")).getAttribute("value"));
            assertEquals("登录成功，但须先修改临时密码。", d.findElement(By.id("login-error")).getText());
            problems.addAll(AccessibilityScenarios.check(d, "/login (password change)"));
            d.findElement(By.id("change-new-password")).sendKeys("a password of my own");
            d.findElement(By.cssSelector("#change-form button[type=submit]")).click();
            waitFor(d, x -> x.getCurrentUrl().endsWith("/newsroom/picks"));
            waitFor(d, x -> !x.findElements(By.cssSelector("#picks-table tbody tr")).isEmpty());
            assertEquals("推荐位管理", d.findElement(By.tagName("h1")).getText());
        }
        assertEquals(List.of(), problems);
    }

    private static void waitFor(WebDriver d, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(d, Duration.ofSeconds(30)).until(condition);
    }
}
