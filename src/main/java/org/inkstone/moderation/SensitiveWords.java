package org.inkstone.moderation;

import com.ibm.icu.text.Normalizer2;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The flagged-word list of the moderation policy, matched with an Aho–Corasick automaton
 * ({@code org.ahocorasick}), so the cost is linear in the comment's length whatever the list's size.
 * Words and text are compared after NFKC case folding with white space removed, so full-width letters, upper
 * case and spaces inserted between characters do not hide a word.
 *
 * <p>List file: UTF-8, one word per line, {@code #} starts a comment line. Immutable and thread-safe.
 */
public final class SensitiveWords {

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    private final Trie trie;
    private final int size;

    public SensitiveWords(Collection<String> words) {
        List<String> normalized = words.stream().map(SensitiveWords::normalize).filter(w -> !w.isEmpty()).distinct().toList();
        this.trie = Trie.builder().addKeywords(normalized).build();
        this.size = normalized.size();
    }

    /** Reads a list file as described above; an empty path gives an empty list. */
    public static SensitiveWords load(String file) {
        if (file == null || file.isBlank()) {
            return new SensitiveWords(List.of());
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return new SensitiveWords(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sensitive-word list " + file, e);
        }
    }

    /** The first listed word found in {@code text} (normalized form), if any. */
    public Optional<String> firstMatch(String text) {
        if (size == 0) {
            return Optional.empty();
        }
        Emit e = trie.firstMatch(normalize(text));
        return e == null ? Optional.empty() : Optional.of(e.getKeyword());
    }

    /** Number of distinct words. */
    public int size() {
        return size;
    }

    static String normalize(String s) {
        return NFKC_CF.normalize(s).replaceAll("[\\s\\p{Z}]+", "");
    }
}
