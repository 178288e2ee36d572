package org.inkstone.media;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Decides what an uploaded file is by decoding it, never by its name or declared type. Threats: a file that
 * is something else (HTML, a script, an archive) served back as an image; a decompression bomb (a few KB of
 * PNG declaring 50,000 × 50,000 pixels, which would take 10 GB of heap to decode). So:
 * <ol>
 *   <li>the format is the first reader, in the order JPEG, PNG, GIF, WebP, whose signature check accepts the
 *       bytes; none → {@link UnsupportedImageException};</li>
 *   <li>the width and height the file declares are read from its header (no pixel decoded); more than
 *       {@code maxPixels} → {@link ImageTooLargePixelsException};</li>
 *   <li>the first image is decoded; any failure (truncated, corrupt) → {@link UnsupportedImageException}.
 *       Only the first frame of an animated GIF or WebP is kept. A JPEG is turned upright by its EXIF
 *       orientation ({@link ExifOrientation}), as a browser would show it, since the metadata goes.</li>
 * </ol>
 * Readers: the JDK's PNG and GIF readers, TwelveMonkeys' JPEG reader (CMYK and YCCK JPEGs, broken ICC profiles
 * and other files the JDK's reader refuses; it delegates ordinary JPEGs to the JDK's) and TwelveMonkeys' WebP
 * reader. They are kept in a registry of this class, not installed into ImageIO's global one, so nothing of
 * the web application leaks into the server's class loaders and no other plugin on the class path is ever
 * chosen. Thread-safe: each call creates its own reader.
 */
public final class ImageDecoder {

    /** The formats read. */
    public enum Format { JPEG, PNG, GIF, WEBP }

    /** A decoded image and the format its bytes were in. */
    public record Decoded(Format format, BufferedImage image) {
    }

    private record Candidate(Format format, ImageReaderSpi spi) {
    }

    private final List<Candidate> candidates;

    /** @throws IllegalStateException when the JDK lacks its own JPEG, PNG or GIF reader (a broken runtime) */
    public ImageDecoder() {
        ServiceRegistry registry = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        registry.registerServiceProvider(jdk("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi"), ImageReaderSpi.class);
        JPEGImageReaderSpi jpeg = new JPEGImageReaderSpi(); // finds the JDK's reader as its delegate on registration
        registry.registerServiceProvider(jpeg, ImageReaderSpi.class);
        this.candidates = List.of(
                new Candidate(Format.JPEG, jpeg),
                new Candidate(Format.PNG, jdk("com.sun.imageio.plugins.png.PNGImageReaderSpi")),
                new Candidate(Format.GIF, jdk("com.sun.imageio.plugins.gif.GIFImageReaderSpi")),
                new Candidate(Format.WEBP, new WebPImageReaderSpi()));
    }

    private static ImageReaderSpi jdk(String className) {
        var it = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, true);
        while (it.hasNext()) {
            ImageReaderSpi spi = it.next();
            if (spi.getClass().getName().equals(className)) {
                return spi;
            }
        }
        throw new IllegalStateException("the JDK's image reader is missing: " + className);
    }

    /**
     * The format of {@code bytes} by signature alone (nothing decoded), or null when no reader accepts them.
     * Does not prove that the image decodes.
     */
    public Format detect(byte[] bytes) {
        try (ImageInputStream in = stream(bytes)) {
            Candidate c = candidate(in);
            return c == null ? null : c.format();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Decodes the first image of {@code bytes}.
     *
     * @param maxPixels the most pixels (declared width × height) to decode
     * @throws UnsupportedImageException       for an empty file, an unknown format or a file that does not decode
     * @throws ImageTooLargePixelsException    when the declared size is above {@code maxPixels}
     */
    public Decoded decode(byte[] bytes, long maxPixels) {
        if (bytes.length == 0) {
            throw new UnsupportedImageException("文件为空");
        }
        try (ImageInputStream in = stream(bytes)) {
            Candidate c = candidate(in);
            if (c == null) {
                throw new UnsupportedImageException("文件内容不是 JPEG、PNG、WebP 或 GIF 图片");
            }
            ImageReader reader = c.spi().createReaderInstance();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new UnsupportedImageException("图片没有有效的尺寸");
                }
                if (width * height > maxPixels) {
                    throw new ImageTooLargePixelsException(width, height, maxPixels);
                }
                BufferedImage image = reader.read(0);
                if (c.format() == Format.JPEG) {
                    image = ExifOrientation.apply(image, ExifOrientation.of(bytes));
                }
                return new Decoded(c.format(), image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsupportedImageException || e instanceof ImageTooLargePixelsException) {
                throw (RuntimeException) e;
            }
            // corrupt or truncated data: the readers throw IIOException, but also IndexOutOfBounds and the like
            throw new UnsupportedImageException("图片数据损坏或不完整，无法解码");
        }
    }

    private Candidate candidate(ImageInputStream in) throws IOException {
        for (Candidate c : candidates) {
            if (c.spi().canDecodeInput(in)) { // each check marks and resets the stream
                return c;
            }
        }
        return null;
    }

    private static ImageInputStream stream(byte[] bytes) {
        return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
    }
}
