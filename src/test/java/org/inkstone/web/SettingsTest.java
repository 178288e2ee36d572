package org.inkstone.web;

import org.inkstone.account.AccountSettings;
import org.inkstone.article.ArticleSettings;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;
import org.inkstone.common.SiteSettings;
import org.inkstone.ingest.ImportSettings;
import org.inkstone.search.IndexSettings;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Configuration parsing: the shipped defaults, overrides by environment and system property, and refusals naming the key. */
class SettingsTest {

    private static InkstoneConfig config(Map<String, String> env, String... systemPairs) {
        Properties p = new Properties();
        for (int i = 0; i < systemPairs.length; i += 2) {
            p.setProperty(systemPairs[i], systemPairs[i + 1]);
        }
        return new InkstoneConfig(env, p);
    }

    @Test
    void shippedDefaultsGiveTheDocumentedValues() {
        InkstoneConfig c = config(Map.of());
        assertEquals(new ImportSettings(List.of(), 200, 200, 200_000, 100, ZoneId.of("Asia/Shanghai")), ImportSettings.from(c));
        assertEquals(new ArticleSettings(Duration.ofSeconds(30), 2_000, Duration.ofMillis(1_000),
                Duration.ofMillis(5_000), Duration.ofMinutes(30), 20, false), ArticleSettings.from(c));
        assertEquals(new IndexSettings(Path.of("data").toAbsolutePath().resolve("index"), 64, Duration.ofMillis(1_000)),
                IndexSettings.from(c));
    }

    @Test
    void environmentOverridesDefaultsAndSystemPropertiesOverrideBoth() {
        InkstoneConfig c = config(Map.of("INKSTONE_IMPORT_BATCH_SIZE", "50", "INKSTONE_IMPORT_FILES", "a.jsonl, b.json,",
                        "INKSTONE_INDEX_RAM_BUFFER_MB", "32"),
                "inkstone.index.ram-buffer-mb", "128", "inkstone.site.zone", "UTC");
        ImportSettings s = ImportSettings.from(c);
        assertEquals(50, s.batchSize());
        assertEquals(List.of(Path.of("a.jsonl"), Path.of("b.json")), s.files());
        assertEquals(ZoneId.of("UTC"), s.zone());
        assertEquals(128, IndexSettings.from(c).ramBufferMb());
    }

    @Test
    void siteAndAccountSettingsReadTheirKeys() {
        SiteSettings site = SiteSettings.from(config(Map.of(), "inkstone.site.base-url", "https://news.example/"));
        assertEquals(new SiteSettings("墨砚新闻", URI.create("https://news.example/"), ZoneId.of("Asia/Shanghai")), site);
        assertEquals(null, SiteSettings.from(config(Map.of())).baseUrl(), "empty: each request's own");
        assertEquals("inkstone.site.base-url: expected an absolute http or https URL, got 'news.example'",
                assertThrows(InvalidSettingException.class,
                        () -> SiteSettings.from(config(Map.of(), "inkstone.site.base-url", "news.example"))).getMessage());
        AccountSettings accounts = AccountSettings.from(config(Map.of("INKSTONE_ACCOUNT_ADMIN_PASSWORD", "s3cret-s3cret",
                "INKSTONE_ADMIN_TOKEN", "t0ken-t0ken")));
        assertEquals("t0ken-t0ken", accounts.adminToken());
        assertFalse(accounts.toString().contains("t0ken"), "nor the token");
        assertEquals(600_000, accounts.passwordIterations());
        assertEquals(Duration.ofMinutes(120), accounts.sessionTimeout());
        assertEquals("admin", accounts.adminUsername());
        assertFalse(accounts.toString().contains("s3cret"), "the password never reaches a log line");
        assertEquals("inkstone.account.password.iterations: expected a whole number from 10000 to 10000000, got '1000'",
                assertThrows(InvalidSettingException.class, () -> AccountSettings.from(
                        config(Map.of(), "inkstone.account.password.iterations", "1000"))).getMessage());
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        assertEquals("inkstone.import.batch-size: expected a whole number from 1 to 10000, got 'many'",
                assertThrows(InvalidSettingException.class,
                        () -> ImportSettings.from(config(Map.of(), "inkstone.import.batch-size", "many"))).getMessage());
        assertEquals("inkstone.import.batch-size: expected a whole number from 1 to 10000, got '0'",
                assertThrows(InvalidSettingException.class,
                        () -> ImportSettings.from(config(Map.of(), "inkstone.import.batch-size", "0"))).getMessage());
        assertEquals("inkstone.index.poll-interval-ms: expected a whole number of milliseconds from 50 to 3600000, got '10'",
                assertThrows(InvalidSettingException.class,
                        () -> ArticleSettings.from(config(Map.of(), "inkstone.index.poll-interval-ms", "10"))).getMessage());
        assertEquals("inkstone.recommended.cache-seconds: expected a whole number of seconds from 1 to 86400, got '1.5'",
                assertThrows(InvalidSettingException.class,
                        () -> ArticleSettings.from(config(Map.of(), "inkstone.recommended.cache-seconds", "1.5"))).getMessage());
    }
}
