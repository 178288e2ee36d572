package org.inkstone.media;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * From uploaded bytes to what is stored: decode ({@link ImageDecoder}), choose the encoding and re-encode
 * ({@link ImageEncoder}), hash, and make the page sizes. No database, no HTTP. Thread-safe.
 *
 * <p><b>Heap.</b> One image is processed at a time ({@value #CONCURRENT} permit). The peak heap of one image is
 * about {@code pixels × 4 bytes × 2.5}: the decoded image (4 bytes a pixel), the full-size working image
 * Thumbnailator's progressive bilinear resizer draws into (4 bytes a pixel), and the encoder's buffers. At the
 * default {@code inkstone.media.max-pixels} of 40,000,000 that is about 400 MB, which leaves room in a 1 GB heap
 * (two permits at 50 MP exhausted it). The small page size is made from the large one, not from the full image,
 * and the full-size images are dropped as soon as the large size is made. An upload that finds the permit taken
 * waits up to {@value #WAIT_MS} ms, then gets 503 {@code image_busy} with {@code Retry-After:
 * }{@value #RETRY_AFTER_SECONDS} instead of queueing without bound. An {@link OutOfMemoryError} while processing
 * (the heap shared with the rest of the application was short) is answered the same way: the failed allocation
 * was this image's (nothing else was half-done: the pipeline only fills its own new arrays), and every reference
 * to its buffers is gone once the error leaves this class, so the memory is reclaimable and the server goes on.
 */
public final class ImagePipeline {

    /** Images decoded and encoded at the same time; further uploads wait their turn. */
    static final int CONCURRENT = 1;

    /** Longest wait for the permit, in ms, before 503 {@code image_busy}. */
    static final long WAIT_MS = 10_000;

    /** {@code Retry-After} of 503 {@code image_busy}, in seconds. */
    static final long RETRY_AFTER_SECONDS = 10;

    /**
     * Largest stored file, in bytes: what one statement can carry to a database with the default
     * {@code max_allowed_packet} of MariaDB (16 MiB), with room for the rest of the row.
     */
    static final int MAX_STORED_BYTES = 15 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(ImagePipeline.class.getName());

    private final ImageDecoder decoder = new ImageDecoder();
    private final Semaphore permits;
    private final long waitMs;

    public ImagePipeline() {
        this(new Semaphore(CONCURRENT, true), WAIT_MS);
    }

    /** For tests: the permits to share and the longest wait for one, in ms. */
    ImagePipeline(Semaphore permits, long waitMs) {
        this.permits = permits;
        this.waitMs = waitMs;
    }

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
     * @throws ImageBusyException            when the permit stayed taken for {@link #WAIT_MS} ms, or the heap ran
     *                                       out while processing
     */
    public Processed process(byte[] upload, MediaSettings settings) {
        try {
            if (!permits.tryAcquire(waitMs, TimeUnit.MILLISECONDS)) {
                throw new ImageBusyException(RETRY_AFTER_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageBusyException(RETRY_AFTER_SECONDS);
        }
        try {
            return outOfMemoryAsBusy(() -> work(upload, settings));
        } finally {
            permits.release();
        }
    }

    /** {@code work}'s result; an {@link OutOfMemoryError} in it becomes {@link ImageBusyException} (see the class). */
    static <T> T outOfMemoryAsBusy(Supplier<T> work) {
        try {
            return work.get();
        } catch (OutOfMemoryError e) {
            LOG.log(Level.WARNING, "out of heap while processing an image; answered 503 image_busy", e);
            throw new ImageBusyException(RETRY_AFTER_SECONDS);
        }
    }

    private Processed work(byte[] upload, MediaSettings settings) {
        ImageDecoder.Decoded decoded = decoder.decode(upload, settings.maxPixels());
        ImageDecoder.Format format = decoded.format();
        Encoding encoding = ImageEncoder.choose(decoded.image());
        BufferedImage full = ImageEncoder.prepare(decoded.image(), encoding);
        decoded = null; // the decoded image may differ from full (JPEG composited on white): let it go now
        int width = full.getWidth();
        int height = full.getHeight();
        byte[] bytes = ImageEncoder.encode(full, encoding);
        if (bytes.length > MAX_STORED_BYTES) {
            throw new StoredImageTooLargeException(MAX_STORED_BYTES);
        }
        List<Rendition> renditions = new ArrayList<>();
        BufferedImage source = full; // each size is made from the previous one: one full-size resize at most
        full = null;
        for (int target : new int[] {settings.largeWidth(), settings.smallWidth()}) {
            int[] size = ImageEncoder.renditionSize(source.getWidth(), source.getHeight(), target);
            if (size != null) {
                BufferedImage scaled = ImageEncoder.prepare(ImageEncoder.resize(source, size[0], size[1]), encoding);
                source = scaled;
                renditions.add(new Rendition(size[0], size[1], ImageEncoder.encode(scaled, encoding)));
            }
        }
        return new Processed(sha256(bytes), encoding, format, width, height, bytes, List.copyOf(renditions));
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
