package org.inkstone.search;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * Reader search settings, read once at start. Immutable.
 *
 * @param synonymsFile {@code inkstone.search.synonyms-file}: the desk's synonym list in Solr's synonym format
 *                     (UTF-8; Lucene {@link org.apache.lucene.analysis.synonym.SolrSynonymParser}: one rule a line,
 *                     {@code #} comments, {@code a, b, c} equivalents, {@code a => b} explicit), applied to reader
 *                     queries only (the index is unchanged, so an edit takes effect at the next start without a
 *                     reindex). Default {@code config/synonyms.txt}, relative to the working directory like the
 *                     other files under {@code config/}; the run profile and the integration tests name the
 *                     checkout's file. Empty: no synonyms. Null when empty.
 * @param synonyms     the parsed rules, folded like the index ({@link ArticleAnalyzers#parseSynonyms}); null for none
 */
public record SearchSettings(Path synonymsFile, SynonymMap synonyms) {

    static final String SYNONYMS_FILE = "inkstone.search.synonyms-file";

    /**
     * Reads and parses the synonym list.
     *
     * @throws InvalidSettingException naming {@value #SYNONYMS_FILE} when the file cannot be read or a rule is
     *                                 invalid (the message gives the line)
     */
    public static SearchSettings from(InkstoneConfig c) {
        String v = c.get(SYNONYMS_FILE);
        if (v.isEmpty()) {
            return new SearchSettings(null, null);
        }
        Path file = Path.of(v).toAbsolutePath();
        return new SearchSettings(file, parse(file, new ArticleAnalyzers()));
    }

    /** Parses {@code file} with {@code analyzers}; errors as {@link #from}. */
    static SynonymMap parse(Path file, ArticleAnalyzers analyzers) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return analyzers.parseSynonyms(in);
        } catch (ParseException e) {
            String cause = e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")";
            throw new InvalidSettingException(SYNONYMS_FILE, "Solr synonym rules; " + e.getMessage() + cause,
                    file.toString());
        } catch (IOException | RuntimeException e) {
            throw new InvalidSettingException(SYNONYMS_FILE, "a readable UTF-8 synonym file (" + e + ")", file.toString());
        }
    }
}
