package org.inkstone.site;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.List;

/**
 * Headless Debian Chromium driven by Selenium through the system chromedriver (no driver download).
 * Kept out of the Arquillian test class so the deployed test archive never references Selenium.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
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

    @Override
    public void close() {
        driver.quit();
    }
}
