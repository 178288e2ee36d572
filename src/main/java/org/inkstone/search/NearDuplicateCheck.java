package org.inkstone.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Near-duplicate checks between documents of one searcher, for building one list: documents are admitted in rank
 * order and one that is a near-duplicate ({@link NearDuplicates}: exact Jaccard ≥ 0.95) of a reference (the
 * article whose list it is) or of a document already admitted is refused, so the better ranked of two
 * near-duplicates stays. Each pair is first screened by the documents' MinHash signatures (binary doc values, no
 * stored-field read); only a pair the screen cannot rule out has its stored title and body read and shingled.
 *
 * <p>Kept apart from the ranking so that changes to how a list is ranked and what it may hold do not meet.
 * Not thread-safe: one instance per list, used while the searcher is held.
 */
final class NearDuplicateCheck {

    private final IndexSearcher searcher;
    private final List<LeafReaderContext> leaves;
    private final Map<Integer, NearDuplicates.Signature> signatures = new HashMap<>();
    private final Map<Integer, Set<Long>> shingles = new HashMap<>();
    private final List<Integer> held = new ArrayList<>();

    NearDuplicateCheck(IndexSearcher searcher) {
        this.searcher = searcher;
        this.leaves = searcher.getIndexReader().leaves();
    }

    /** Adds a document that the list must not echo (the article itself); it is not admitted as an entry. */
    void reference(int doc) {
        held.add(doc);
    }

    /** Admits {@code doc} unless it is a near-duplicate of a reference or of a document admitted before. */
    boolean admit(int doc) throws IOException {
        for (int other : held) {
            if (nearDuplicate(doc, other)) {
                return false;
            }
        }
        held.add(doc);
        return true;
    }

    /** Whether two documents are near-duplicates (exact Jaccard ≥ {@value NearDuplicates#THRESHOLD}). */
    boolean nearDuplicate(int a, int b) throws IOException {
        if (a == b) {
            return true;
        }
        if (!NearDuplicates.mayBeNearDuplicate(signature(a), signature(b))) {
            return false;
        }
        return NearDuplicates.jaccard(shingles(a), shingles(b)) >= NearDuplicates.THRESHOLD;
    }

    /** The exact Jaccard index of two documents' texts (reads both stored texts). */
    double jaccard(int a, int b) throws IOException {
        return NearDuplicates.jaccard(shingles(a), shingles(b));
    }

    NearDuplicates.Signature signature(int doc) throws IOException {
        NearDuplicates.Signature s = signatures.get(doc);
        if (s == null) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            BinaryDocValues values = leaf.reader().getBinaryDocValues(ArticleFields.MINHASH_SIGNATURE);
            s = values != null && values.advanceExact(doc - leaf.docBase)
                    ? NearDuplicates.Signature.ofBytes(values.binaryValue())
                    : signatureFromText(doc); // a document without the field: computed from its text
            signatures.put(doc, s);
        }
        return s;
    }

    private NearDuplicates.Signature signatureFromText(int doc) throws IOException {
        Document d = searcher.storedFields().document(doc, Set.of(ArticleFields.TITLE, ArticleFields.BODY));
        return NearDuplicates.signature(d.get(ArticleFields.TITLE), d.get(ArticleFields.BODY));
    }

    private Set<Long> shingles(int doc) throws IOException {
        Set<Long> s = shingles.get(doc);
        if (s == null) {
            Document d = searcher.storedFields().document(doc, Set.of(ArticleFields.TITLE, ArticleFields.BODY));
            s = NearDuplicates.shingles(d.get(ArticleFields.TITLE), d.get(ArticleFields.BODY));
            shingles.put(doc, s);
        }
        return s;
    }
}
