package org.inkstone.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.common.InvalidParameterException;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The media library's rules: alt text, processing ({@link ImagePipeline}), storing each image once, the
 * library list and the files to serve. Thread-safe (state lives in the database).
 */
@ApplicationScoped
public class MediaService {

    /** Longest alt text, in characters (code points); the column holds as many. */
    public static final int MAX_ALT_CHARS = 200;

    /** Images per library page unless the caller asks for another number (1–100). */
    public static final int DEFAULT_PAGE_SIZE = 30;

    private static final Pattern CURSOR = Pattern.compile("[1-9][0-9]{0,17}");

    @Inject
    MediaMapper mapper;

    @Inject
    MediaSettings settings;

    @Inject
    MediaStore store;

    private final ImagePipeline pipeline = new ImagePipeline();

    /**
     * The alt text as stored: {@code alt} with surrounding white space removed.
     *
     * @throws InvalidParameterException naming {@code alt} when it is missing, blank, longer than
     *                                   {@value #MAX_ALT_CHARS} characters or contains control characters
     */
    public static String checkAlt(String alt) {
        String a = alt == null ? "" : alt.strip();
        if (a.isEmpty()) {
            throw new InvalidParameterException("alt", "请填写图片说明（替代文本），供读屏软件朗读");
        }
        if (a.codePointCount(0, a.length()) > MAX_ALT_CHARS) {
            throw new InvalidParameterException("alt", "图片说明最多 " + MAX_ALT_CHARS + " 个字");
        }
        if (a.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("alt", "图片说明不能包含控制字符");
        }
        return a;
    }

    /**
     * Adds an image to the library: decodes, re-encodes and sizes it, then stores it with its page sizes in
     * one transaction ({@link MediaStore}: all or nothing). An image already stored (the same re-encoded bytes, hence the same
     * hash) is not stored again; its alt text becomes {@code alt}.
     *
     * @param upload     the file as uploaded, at most {@code inkstone.media.max-bytes}
     * @param alt        the text alternative (see {@link #checkAlt})
     * @param uploaderId the uploading account, or null (the script token)
     * @throws InvalidParameterException     for the alt text (checked first, before any decoding)
     * @throws UnsupportedImageException     for an empty file or one that is not a JPEG, PNG, WebP or GIF that decodes
     * @throws ImageTooLargePixelsException  above {@code inkstone.media.max-pixels}
     * @throws StoredImageTooLargeException  when the re-encoded image is too large to store
     */
    public Upload upload(byte[] upload, String alt, Long uploaderId) {
        String text = checkAlt(alt);
        ImagePipeline.Processed p = pipeline.process(upload, settings); // outside the transaction: seconds of CPU
        // a concurrent upload of the same image may win the insert: then a second transaction takes its row
        MediaStore.Stored stored = MediaStore.retryingOnce(() -> store.save(p, text, uploaderId));
        return new Upload(view(stored.row()), stored.created());
    }

    /**
     * A page of the library, newest first.
     *
     * @param cursor the {@code nextCursor} of the previous page, or null for the first
     * @param size   images per page, 1–100
     * @throws InvalidParameterException naming {@code cursor} or {@code size}
     */
    public MediaPage list(String cursor, int size) {
        if (size < 1 || size > 100) {
            throw new InvalidParameterException("size", "每页 1–100 张");
        }
        Long before = null;
        if (cursor != null) {
            if (!CURSOR.matcher(cursor).matches()) {
                throw new InvalidParameterException("cursor", "翻页游标无效");
            }
            before = Long.valueOf(cursor);
        }
        List<MediaRow> rows = mapper.listBefore(before, size + 1);
        boolean more = rows.size() > size;
        List<MediaView> items = rows.stream().limit(size).map(this::view).toList();
        String next = more ? String.valueOf(rows.get(size - 1).getId()) : null;
        return new MediaPage(items, next);
    }

    /** The image with this hash, or empty. */
    public Optional<MediaView> find(String hash) {
        return Optional.ofNullable(mapper.findByHash(hash)).map(this::view);
    }

    /**
     * The image with this hash with the widths of its page sizes, for an {@code img srcset}; empty when the
     * library has no such image (a malformed hash included).
     */
    public Optional<PageImage> pageImage(String hash) {
        return Optional.ofNullable(mapper.findByHash(hash)).map(this::pageImage);
    }

    /**
     * The encoding of a stored file, or empty when there is none.
     *
     * @param width null for the full size, else the width of a page size
     */
    public Optional<Encoding> encodingOf(String hash, Integer width) {
        return Optional.ofNullable(mapper.findEncoding(hash, width)).map(Encoding::ofDb);
    }

    /**
     * The bytes of a stored file and its encoding, or empty when there is none.
     *
     * @param width null for the full size, else the width of a page size
     */
    public Optional<MediaFile> file(String hash, Integer width) {
        return Optional.ofNullable(width == null ? mapper.findFile(hash) : mapper.findRenditionFile(hash, width));
    }

    /** The URL (relative to the application root) of the full size ({@code width} null) or a page size. */
    public static String url(String hash, Integer width, Encoding encoding) {
        return "media/" + hash + (width == null ? "" : "-" + width) + "." + encoding.extension();
    }

    /**
     * The full-size files of the images among {@code hashes} (URL, media type, length), by hash, in one query; hashes
     * the library does not have are absent. For documents that list many images at once (feed enclosures).
     */
    public java.util.Map<String, ImageFile> files(java.util.Collection<String> hashes) {
        java.util.Map<String, ImageFile> out = new java.util.HashMap<>();
        if (hashes.isEmpty()) {
            return out;
        }
        for (MediaRow row : mapper.listByHashes(List.copyOf(new java.util.LinkedHashSet<>(hashes)))) {
            Encoding e = Encoding.ofDb(row.getEncoding());
            out.put(row.getHash(), new ImageFile(row.getHash(), url(row.getHash(), null, e), e.mediaType(), row.getByteSize()));
        }
        return out;
    }

    PageImage pageImage(MediaRow row) {
        Encoding e = Encoding.ofDb(row.getEncoding());
        List<Integer> widths = row.renditionWidths();
        String full = url(row.getHash(), null, e);
        PageImage.Size whole = new PageImage.Size(full, row.getWidth());
        int l = settings.largeWidth();
        int s = settings.smallWidth();
        return new PageImage(row.getHash(), full, row.getWidth(), row.getHeight(), row.getAlt(),
                widths.contains(l) ? new PageImage.Size(url(row.getHash(), l, e), l) : whole,
                widths.contains(s) ? new PageImage.Size(url(row.getHash(), s, e), s) : whole);
    }

    MediaView view(MediaRow row) {
        PageImage p = pageImage(row);
        return new MediaView(p.hash(), p.url(), p.width(), p.height(), p.alt(),
                new MediaView.Sizes(p.large().url(), p.small().url()), Encoding.ofDb(row.getEncoding()).mediaType());
    }
}
