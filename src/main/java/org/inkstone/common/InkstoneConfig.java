package org.inkstone.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The one typed configuration object. Values come, lowest precedence first, from the shipped defaults
 * ({@code META-INF/microprofile-config.properties}), a properties file named by the environment variable
 * {@code INKSTONE_CONFIG}, environment variables ({@code inkstone.db.url} is read as {@code INKSTONE_DB_URL}:
 * dots and dashes become underscores, upper case) and JVM system properties. The same keys feed the container
 * datasource through MicroProfile Config, so one name configures both.
 *
 * <p>Immutable after construction; safe to share between threads.
 */
@ApplicationScoped
public class InkstoneConfig {

    private final Properties values;
    private final ZoneId zone;

    public InkstoneConfig() {
        this(System.getenv(), System.getProperties());
    }

    /** Builds a configuration from explicit sources (tests). Throws {@link IllegalStateException} if the named file is unreadable. */
    public InkstoneConfig(Map<String, String> env, Properties system) {
        Properties p = new Properties();
        try (InputStream in = InkstoneConfig.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read shipped defaults", e);
        }
        String file = env.get("INKSTONE_CONFIG");
        if (file != null && !file.isBlank()) {
            try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read INKSTONE_CONFIG file " + file, e);
            }
        }
        for (String key : p.stringPropertyNames().toArray(String[]::new)) {
            String envValue = env.get(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
            if (envValue != null) {
                p.setProperty(key, envValue);
            }
            String sys = system.getProperty(key);
            if (sys != null) {
                p.setProperty(key, sys);
            }
        }
        this.values = p;
        this.zone = ZoneId.of(get("inkstone.site.zone"));
    }

    /** The raw value of a key, or {@code ""} when the key is unknown or empty. */
    public String get(String key) {
        return values.getProperty(key, "").trim();
    }

    public int getInt(String key) {
        return Integer.parseInt(get(key));
    }

    /** Comma-separated list value; empty elements are dropped. */
    public List<String> getList(String key) {
        return Arrays.stream(get(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code inkstone.data.dir}: where the node keeps its files (the index, by default). */
    public Path dataDir() {
        return Path.of(get("inkstone.data.dir")).toAbsolutePath();
    }

    /** {@code inkstone.index.dir}, defaulting to {@code <data dir>/index}. */
    public Path indexDir() {
        String dir = get("inkstone.index.dir");
        return dir.isEmpty() ? dataDir().resolve("index") : Path.of(dir).toAbsolutePath();
    }

    /** {@code inkstone.site.zone}: the zone in which publish times are shown and date filters are read. */
    public ZoneId zone() {
        return zone;
    }
}
