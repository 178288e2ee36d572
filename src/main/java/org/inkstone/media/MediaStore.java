package org.inkstone.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.ibatis.exceptions.PersistenceException;
import org.mybatis.cdi.Transactional;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Stores processed images, each once: the image and its page sizes in one transaction. A bean of its own so
 * that the transaction (a database connection) is held only while writing, not while the image is decoded.
 * Thread-safe.
 */
@ApplicationScoped
public class MediaStore {

    /** The stored row (with its rendition widths) and whether this call created it. */
    public record Stored(MediaRow row, boolean created) {
    }

    @Inject
    MediaMapper mapper;

    /**
     * Signals that the same image was stored by another upload between this transaction's look-up and its insert
     * (the unique hash refused the insert). The transaction must end (the exception rolls it back) before the
     * winner's row can be read: under REPEATABLE READ the failed transaction keeps reading its older snapshot,
     * where the row is missing. Call {@link #save} again, e.g. through {@link #retryingOnce}.
     */
    public static final class StoredMeanwhile extends RuntimeException {
        StoredMeanwhile() {
            super("the same image was stored by a concurrent upload", null, false, false);
        }
    }

    /**
     * {@code attempt}'s result; when it throws {@link StoredMeanwhile}, the result of running it once more (in a new
     * transaction, which sees the row the other upload committed, so the second run finds it).
     */
    public static <T> T retryingOnce(Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (StoredMeanwhile e) {
            return attempt.get();
        }
    }

    /**
     * Stores {@code p} unless an image with its hash exists; then only replaces that image's alt text with
     * {@code alt}. Two uploads of the same image at the same moment store it once (the unique hash decides).
     *
     * @throws StoredMeanwhile when the insert lost to a concurrent upload of the same image (this transaction is
     *                         rolled back; call again, see {@link #retryingOnce})
     */
    @Transactional
    public Stored save(ImagePipeline.Processed p, String alt, Long uploaderId) {
        MediaRow existing = mapper.findByHash(p.hash());
        if (existing != null) {
            return new Stored(replaceAlt(existing, alt), false);
        }
        MediaRow row = new MediaRow();
        row.setHash(p.hash());
        row.setEncoding(p.encoding().db());
        row.setSourceFormat(p.source().name().toLowerCase(Locale.ROOT));
        row.setWidth(p.width());
        row.setHeight(p.height());
        row.setByteSize(p.bytes().length);
        row.setAlt(alt);
        row.setUploaderId(uploaderId);
        row.setCreatedAt(Instant.now());
        try {
            mapper.insert(row, p.bytes());
        } catch (PersistenceException e) {
            if (!duplicate(e)) {
                throw e;
            }
            // the same image, uploaded at the same moment by someone else, committed first; this transaction's
            // snapshot does not show it, so end the transaction and look again in a new one
            throw new StoredMeanwhile();
        }
        StringBuilder widths = new StringBuilder();
        for (ImagePipeline.Rendition r : p.renditions()) {
            mapper.insertRendition(row.getId(), r.width(), r.height(), r.bytes());
            widths.append(widths.length() == 0 ? "" : ",").append(r.width());
        }
        row.setRenditionWidths(widths.toString());
        return new Stored(row, true);
    }

    private MediaRow replaceAlt(MediaRow row, String alt) {
        if (!row.getAlt().equals(alt)) {
            mapper.updateAlt(row.getId(), alt);
            row.setAlt(alt);
        }
        return row;
    }

    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
