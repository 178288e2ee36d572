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
    private final List<String> words;

    public SensitiveWords(Collection<String> words) {
        List<String> normalized = words.stream().map(SensitiveWords::normalize).filter(w -> !w.isEmpty()).distinct().toList();
        this.trie = Trie.builder().addKeywords(normalized).build();
        this.size = normalized.size();
        this.words = normalized;
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

    /**
     * A listed word found in a text: the word (normalized form) and where it stands in the text as given, as
     * UTF-16 indexes {@code [start, end)}.
     */
    public record Match(String word, int start, int end) {
    }

    /**
     * Every occurrence of every listed word in {@code text}, in text order (overlapping ones included), with its
     * place in the text as given. Each code point is normalized on its own (NFKC case folding; white space
     * dropped), so a match never starts or ends inside a code point; a word whose normalized form spans a
     * composed sequence the whole text would normalize differently may be missed.
     */
    public List<Match> findAll(String text) {
        if (size == 0 || text == null || text.isEmpty()) {
            return List.of();
        }
        StringBuilder normalized = new StringBuilder(text.length());
        int[] from = new int[text.length() * 4 + 4];
        int[] to = new int[text.length() * 4 + 4];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String n = normalize(new String(Character.toChars(cp)));
            for (int k = 0; k < n.length(); k++) {
                if (normalized.length() >= from.length) {
                    from = java.util.Arrays.copyOf(from, from.length * 2);
                    to = java.util.Arrays.copyOf(to, to.length * 2);
                }
                from[normalized.length()] = i;
                to[normalized.length()] = next;
                normalized.append(n.charAt(k));
            }
            i = next;
        }
        List<Match> out = new java.util.ArrayList<>();
        for (Emit e : trie.parseText(normalized)) {
            out.add(new Match(e.getKeyword(), from[e.getStart()], to[e.getEnd()]));
        }
        out.sort(java.util.Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
        return out;
    }

    /** A list of these words and those of {@code other}. */
    public SensitiveWords plus(SensitiveWords other) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(words);
        all.addAll(other.words);
        return new SensitiveWords(all);
    }

    /** Number of distinct words. */
    public int size() {
        return size;
    }

    static String normalize(String s) {
        return NFKC_CF.normalize(s).replaceAll("[\\s\\p{Z}]+", "");
    }
}
