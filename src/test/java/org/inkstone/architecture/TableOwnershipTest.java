package org.inkstone.architecture;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.inkstone.common.Database;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A feature reaches another only through its service, never through its tables: every table named in a
 * mapper's SQL (its XML twin and its annotations) belongs to the mapper's own package. A new table is added
 * to {@link #OWNERS} with its migration.
 */
class TableOwnershipTest {

    /** Package → the tables it owns (created by the migrations in {@code db/migration}). */
    static final Map<String, Set<String>> OWNERS = Map.of(
            "common", Set.of("site_meta", "rate_window"),
            "channel", Set.of("channel", "channel_alias"),
            "article", Set.of("article", "article_tag", "editor_pick", "index_outbox", "article_view_claim", "article_revision",
                    "related_list", "related_entry"),
            "newsroom", Set.of("article_transition", "article_working_copy"),
            "account", Set.of("account"),
            "captcha", Set.of("captcha_challenge"),
            "comment", Set.of("comment", "comment_dedupe", "comment_flag", "block", "moderation_log"),
            "media", Set.of("media", "media_rendition"),
            "syndication", Set.of("syndication_counter", "syndication_item", "partner", "partner_channel", "delivery"));

    private static final Pattern TABLE = Pattern.compile("\\b(?:FROM|JOIN|UPDATE|INTO)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyMapperTouchesOnlyItsOwnPackagesTables() throws IOException {
        List<String> foreign = new ArrayList<>();
        for (Class<?> mapper : Database.MAPPERS) {
            String pkg = mapper.getPackageName().substring("org.inkstone.".length());
            Set<String> own = OWNERS.getOrDefault(pkg, Set.of());
            for (String table : tablesOf(mapper)) {
                if (!own.contains(table)) {
                    foreign.add(mapper.getSimpleName() + " -> " + table);
                }
            }
        }
        assertEquals(List.of(), foreign);
    }

    @Test
    void theScanSeesTheTablesOfTheCommentMapper() throws IOException {
        Class<?> comments = Database.MAPPERS.stream().filter(c -> c.getSimpleName().equals("CommentMapper")).findFirst()
                .orElseThrow();
        assertTrue(tablesOf(comments).containsAll(Set.of("comment", "comment_flag", "moderation_log")), "the parser works");
    }

    /** Table names after FROM, JOIN, UPDATE and INTO in the mapper's XML twin and SQL annotations (derived tables' aliases are not names). */
    private static Set<String> tablesOf(Class<?> mapper) throws IOException {
        StringBuilder sql = new StringBuilder();
        try (InputStream in = mapper.getClassLoader().getResourceAsStream(mapper.getName().replace('.', '/') + ".xml")) {
            if (in != null) {
                sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replaceAll("(?s)<!DOCTYPE.*?>", "").replaceAll("(?s)<!--.*?-->", "").replaceAll("<[^>]*>", " "));
            }
        }
        for (Method m : mapper.getMethods()) {
            for (String[] value : List.of(
                    m.isAnnotationPresent(Select.class) ? m.getAnnotation(Select.class).value() : new String[0],
                    m.isAnnotationPresent(Update.class) ? m.getAnnotation(Update.class).value() : new String[0],
                    m.isAnnotationPresent(Insert.class) ? m.getAnnotation(Insert.class).value() : new String[0],
                    m.isAnnotationPresent(Delete.class) ? m.getAnnotation(Delete.class).value() : new String[0])) {
                sql.append(' ').append(String.join(" ", value));
            }
        }
        Set<String> tables = new TreeSet<>();
        Matcher matcher = TABLE.matcher(sql.toString().replaceAll("(?i)ON\\s+DUPLICATE\\s+KEY\\s+UPDATE|FOR\\s+UPDATE", " "));
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase();
            if (!name.equals("select") && !name.equals("dual")) {
                tables.add(name);
            }
        }
        return tables;
    }
}
