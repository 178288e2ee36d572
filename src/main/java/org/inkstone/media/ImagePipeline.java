package org.inkstone.media;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * From uploaded bytes to what is stored: decode ({@link ImageDecoder}), choose the encoding and re-encode
 * ({@link ImageEncoder}), hash, and make the page sizes. No database, no HTTP. At most
 * {@value #CONCURRENT} images are processed at once (the rest wait): a decoded image of
 * {@code inkstone.media.max-pixels} (50 MP by default) takes 200 MB of heap, and copies are made while
 * encoding. Thread-safe.
 */
public final class ImagePipeline {

    /** Images decoded and encoded at the same time; further uploads wait their turn. */
    static final int CONCURRENT = 2;

    /**
     * Largest stored file, in bytes: what one statement can carry to a database with the default
     * {@code max_allowed_packet} of MariaDB (16 MiB), with room for the rest of the row.
     */
    static final int MAX_STORED_BYTES = 15 * 1024 * 1024;

    private final ImageDecoder decoder = new ImageDecoder();
    private final Semaphore permits = new Semaphore(CONCURRENT, true);

    /** A page size of an image. */
    public record Rendition(int width, int height, byte[] bytes) {
    }

    /**
     * The result for one upload.
     *
     * @param hash       SHA-256 of {@code bytes}, 64 lower-case hex digits: the image's address
     * @param encoding   how {@code bytes} and every rendition are encoded
     * @param source     the format the upload was in
     * @param width      pixels
     * @param height     pixels
     * @param bytes      the re-encoded full-size image
     * @param renditions the page sizes narrower than the image, widest first (none when it is narrower than both)
     */
    public record Processed(String hash, Encoding encoding, ImageDecoder.Format source, int width, int height, byte[] bytes,
                            List<Rendition> renditions) {
    }

    /**
     * Processes one upload.
     *
     * @throws UnsupportedImageException     for an empty file, an unknown format, a file that does not decode
     * @throws ImageTooLargePixelsException  above {@code settings.maxPixels()}
     * @throws StoredImageTooLargeException  when the re-encoded image is over {@link #MAX_STORED_BYTES}
     */
    public Processed process(byte[] upload, MediaSettings settings) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to process an image", e);
        }
        try {
            ImageDecoder.Decoded decoded = decoder.decode(upload, settings.maxPixels());
            Encoding encoding = ImageEncoder.choose(decoded.image());
            BufferedImage full = ImageEncoder.prepare(decoded.image(), encoding);
            byte[] bytes = ImageEncoder.encode(full, encoding);
            if (bytes.length > MAX_STORED_BYTES) {
                throw new StoredImageTooLargeException(MAX_STORED_BYTES);
            }
            List<Rendition> renditions = new ArrayList<>();
            for (int target : new int[] {settings.largeWidth(), settings.smallWidth()}) {
                int[] size = ImageEncoder.renditionSize(full.getWidth(), full.getHeight(), target);
                if (size != null) {
                    BufferedImage scaled = ImageEncoder.prepare(ImageEncoder.resize(full, size[0], size[1]), encoding);
                    renditions.add(new Rendition(size[0], size[1], ImageEncoder.encode(scaled, encoding)));
                }
            }
            return new Processed(sha256(bytes), encoding, decoded.format(), full.getWidth(), full.getHeight(), bytes,
                    List.copyOf(renditions));
        } finally {
            permits.release();
        }
    }

    /** SHA-256 of {@code bytes} as 64 lower-case hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
