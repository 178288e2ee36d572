package org.inkstone.comment;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every payload of {@code ../shared/data/xss-payloads}: each non-blank line of the {@code .txt} lists and the
 * {@code payload} field of each {@code .jsonl} row, in file order. The shared folder is the system property
 * {@code inkstone.shared.dir} (default {@code ../shared}).
 */
public final class XssPayloads {

    /** One payload and where it came from ({@code file:line}). */
    public record Payload(String origin, String text) {
    }

    private XssPayloads() {
    }

    public static List<Payload> all() {
        Path dir = Path.of(System.getProperty("inkstone.shared.dir", "../shared")).resolve("data/xss-payloads");
        List<Payload> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(f).toString();
                if (name.endsWith(".txt")) {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).replace("\r", "");
                        if (!line.isBlank()) {
                            out.add(new Payload(name + ":" + (i + 1), line));
                        }
                    }
                } else if (name.endsWith(".jsonl")) {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).isBlank()) {
                            continue;
                        }
                        try (JsonReader r = Json.createReader(new StringReader(lines.get(i)))) {
                            out.add(new Payload(name + ":" + (i + 1), r.readObject().getString("payload")));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() < 9000) {
            throw new IllegalStateException("expected the whole shared payload lists, found " + out.size() + " payloads in " + dir);
        }
        return out;
    }
}
