package org.inkstone.ingest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads article records from JSON Lines ({@code .jsonl}: one object per line, the {@code ../shared/data/zh-news}
 * format) or a JSON file ({@code .json}: one object or an array, the seed format) and validates each.
 *
 * <p>Record keys: {@code id} (required, ≤ 191 characters), {@code body} (required, non-blank, ≤ maxBody
 * characters), {@code channel} or else {@code category} (required, must name a known channel), {@code title}
 * (≤ maxTitle; when missing, the first sentence of the body), {@code source} (≤ maxSource), {@code date}
 * ({@code YYYY-MM-DD}), {@code tags} (array of strings). Every invalid record is reported with its line
 * number (record number for {@code .json}) and reason, and skipped. Stateless apart from its limits;
 * thread-safe.
 */
public final class CorpusReader {

    /** A rejected record: where it was and why. */
    public record Reject(int line, String reason) {
    }

    private static final int MAX_ID = 191;
    private static final int FALLBACK_TITLE_CHARS = 40;
    /** Where a headline glued to its body usually ends: a dateline or source marker (see zh-news SOURCE.md). */
    private static final Pattern TITLE_END = Pattern.compile(
            "[。！？!?；;，,\\n]|新浪[^，。]{0,6}讯|本报讯|本报记者|新华网|新华社|人民网|中新网|中新社|中国网|中广网|央视网|"
                    + "国际在线|环球网|导语：|【|（记者|\\(记者|■|□|⊙|●");

    private final Function<String, Optional<String>> channelResolver;
    private final int maxTitle;
    private final int maxBody;
    private final int maxSource;

    /**
     * @param channelResolver maps a record's channel/category label to a channel id, empty when unknown
     * @param maxTitle        longest accepted title, in characters (code points)
     * @param maxBody         longest accepted body, in characters
     * @param maxSource       longest accepted source line, in characters
     */
    public CorpusReader(Function<String, Optional<String>> channelResolver, int maxTitle, int maxBody, int maxSource) {
        this.channelResolver = channelResolver;
        this.maxTitle = maxTitle;
        this.maxBody = maxBody;
        this.maxSource = maxSource;
    }

    /**
     * Reads {@code file}, passing each valid record to {@code accept} and each invalid one to {@code reject},
     * in file order. Throws {@link IOException} when the file cannot be read (nothing is skipped silently).
     */
    public void read(Path file, Consumer<CorpusRecord> accept, Consumer<Reject> reject) throws IOException {
        if (file.getFileName().toString().endsWith(".jsonl")) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    parseLine(line, n, accept, reject);
                }
            }
        } else {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonValue root;
            try (JsonReader r = Json.createReader(new StringReader(text))) {
                root = r.readValue();
            } catch (JsonException e) {
                reject.accept(new Reject(1, "malformed JSON: " + e.getMessage()));
                return;
            }
            List<JsonValue> items = root instanceof JsonArray a ? a : List.of(root);
            int n = 0;
            for (JsonValue v : items) {
                n++;
                validate(v, n, accept, reject);
            }
        }
    }

    /** Parses and validates one JSON Lines line. */
    public void parseLine(String line, int lineNumber, Consumer<CorpusRecord> accept, Consumer<Reject> reject) {
        JsonValue v;
        try (JsonReader r = Json.createReader(new StringReader(line))) {
            v = r.readValue();
        } catch (JsonException | IllegalStateException e) {
            reject.accept(new Reject(lineNumber, "malformed JSON"));
            return;
        }
        validate(v, lineNumber, accept, reject);
    }

    private void validate(JsonValue v, int n, Consumer<CorpusRecord> accept, Consumer<Reject> reject) {
        if (!(v instanceof JsonObject o)) {
            reject.accept(new Reject(n, "not a JSON object"));
            return;
        }
        String id = string(o, "id");
        String body = string(o, "body");
        String title = string(o, "title");
        String source = string(o, "source");
        String label = string(o, "channel");
        if (label == null || label.isBlank()) {
            label = string(o, "category");
        }
        if (id == null || id.isBlank()) {
            reject.accept(new Reject(n, "missing id"));
            return;
        }
        id = id.strip();
        if (len(id) > MAX_ID) {
            reject.accept(new Reject(n, "id longer than " + MAX_ID + " characters"));
            return;
        }
        if (body == null || body.isBlank()) {
            reject.accept(new Reject(n, "record " + id + " has no body"));
            return;
        }
        if (len(body) > maxBody) {
            reject.accept(new Reject(n, "body of " + id + " longer than " + maxBody + " characters"));
            return;
        }
        if (label == null || label.isBlank()) {
            reject.accept(new Reject(n, "record " + id + " names no channel"));
            return;
        }
        Optional<String> channel = channelResolver.apply(label.strip());
        if (channel.isEmpty()) {
            reject.accept(new Reject(n, "unknown channel '" + label.strip() + "' in " + id));
            return;
        }
        boolean derived = false;
        if (title == null || title.isBlank()) {
            title = fallbackTitle(body);
            derived = true;
        } else {
            title = title.strip();
            if (len(title) > maxTitle) {
                reject.accept(new Reject(n, "title of " + id + " longer than " + maxTitle + " characters"));
                return;
            }
        }
        if (source != null) {
            source = source.strip();
            if (source.isEmpty()) {
                source = null;
            } else if (len(source) > maxSource) {
                reject.accept(new Reject(n, "source of " + id + " longer than " + maxSource + " characters"));
                return;
            }
        }
        LocalDate date = null;
        String rawDate = string(o, "date");
        if (rawDate != null && !rawDate.isBlank()) {
            try {
                date = LocalDate.parse(rawDate.strip());
            } catch (DateTimeParseException e) {
                reject.accept(new Reject(n, "bad date '" + rawDate + "' in " + id));
                return;
            }
        }
        List<String> tags = new ArrayList<>();
        JsonValue t = o.get("tags");
        if (t instanceof JsonArray arr) {
            for (JsonValue tv : arr) {
                if (tv instanceof JsonString s && !s.getString().isBlank() && len(s.getString().strip()) <= 64) {
                    tags.add(s.getString().strip());
                }
            }
        }
        accept.accept(new CorpusRecord(n, id, channel.get(), title, derived, body, source, date, List.copyOf(tags)));
    }

    /**
     * A headline for a record that has none: the body's first sentence, cut before the first sentence mark or
     * dateline marker found after the 5th character, at most 40 characters (then "…").
     */
    public static String fallbackTitle(String body) {
        String text = body.strip().replaceAll("^[\\s\\u3000\\u00A0\\uE40C]+", "");
        Matcher m = TITLE_END.matcher(text);
        int end = text.length();
        while (m.find()) {
            if (m.start() >= 5) {
                end = m.start();
                break;
            }
        }
        String t = text.substring(0, end).strip();
        if (t.codePointCount(0, t.length()) > FALLBACK_TITLE_CHARS) {
            t = t.substring(0, t.offsetByCodePoints(0, FALLBACK_TITLE_CHARS)) + "…";
        }
        return t.isEmpty() ? "无标题" : t;
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }
}
