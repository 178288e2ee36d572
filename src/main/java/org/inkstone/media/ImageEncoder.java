package org.inkstone.media;

import net.coobird.thumbnailator.Thumbnails;

import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes decoded images back out, from pixels only. Threat: camera metadata (EXIF with the GPS position of
 * the photographer, the camera's serial number, XMP, comments, embedded thumbnails) in a file an editor
 * uploads. The written files carry no metadata at all, because nothing of the uploaded file but its pixels
 * reaches the writer (the JPEG has only the JFIF header the writer always adds; the PNG only its pixel chunks).
 *
 * <p>The encoding rule ({@link #choose}): PNG when the image has a pixel that is not fully opaque (JPEG has
 * no transparency) or at most {@value #GRAPHIC_MAX_COLOURS} distinct colours (logos, charts, screenshots of
 * text, which JPEG blurs and PNG compresses well); JPEG (quality {@value #JPEG_QUALITY}) otherwise, i.e. for
 * photographs. The rule looks at pixels only, so the same picture is stored the same way whatever format it
 * came in. Writers: the JDK's own JPEG and PNG writers, chosen by class, so the output (and hence the
 * content hash) does not depend on which ImageIO plugins happen to be installed. Stateless and thread-safe.
 */
public final class ImageEncoder {

    /** Up to this many distinct colours an opaque image is a graphic (stored as PNG). */
    static final int GRAPHIC_MAX_COLOURS = 256;

    /** JPEG quality, 0–1: the usual setting of news sites, no visible loss on photographs. */
    static final float JPEG_QUALITY = 0.85f;

    private ImageEncoder() {
    }

    /** The encoding for {@code image} by the rule above. */
    public static Encoding choose(BufferedImage image) {
        if (hasTranslucentPixel(image) || distinctColoursUpTo(image, GRAPHIC_MAX_COLOURS + 1) <= GRAPHIC_MAX_COLOURS) {
            return Encoding.PNG;
        }
        return Encoding.JPEG;
    }

    /** Whether some pixel has an alpha below 255 (false at once for an image without alpha). */
    static boolean hasTranslucentPixel(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) {
                if ((argb >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number of distinct RGB colours of {@code image}, counting stops at {@code limit}. */
    static int distinctColoursUpTo(BufferedImage image, int limit) {
        Set<Integer> seen = new HashSet<>();
        int w = image.getWidth();
        int[] row = new int[w];
        int last = 0;
        boolean any = false;
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) {
                int rgb = argb & 0xFFFFFF;
                if (any && rgb == last) {
                    continue; // runs of one colour are the common case in graphics
                }
                any = true;
                last = rgb;
                if (seen.add(rgb) && seen.size() >= limit) {
                    return limit;
                }
            }
        }
        return seen.size();
    }

    /**
     * The size of a page rendition {@code targetWidth} pixels wide of an image {@code width} × {@code height}:
     * {@code [targetWidth, height × targetWidth / width rounded, at least 1]}, or null when the image is not
     * wider than {@code targetWidth} (images are never enlarged; the original serves instead).
     */
    public static int[] renditionSize(int width, int height, int targetWidth) {
        if (width <= targetWidth) {
            return null;
        }
        long h = Math.round((double) height * targetWidth / width);
        return new int[] {targetWidth, (int) Math.max(1, h)};
    }

    /** {@code image} scaled to exactly {@code width} × {@code height} (Thumbnailator, progressive bilinear). */
    public static BufferedImage resize(BufferedImage image, int width, int height) {
        try {
            return Thumbnails.of(image).forceSize(width, height).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code image} in a form the encoding's writer takes: for JPEG, 8-bit RGB (any transparency composited
     * on white, palettes and grey levels expanded); for PNG, the image itself unless it is an unusual type, then
     * 8-bit ARGB.
     */
    public static BufferedImage prepare(BufferedImage image, Encoding encoding) {
        int type = image.getType();
        if (encoding == Encoding.JPEG) {
            return type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR ? image : redraw(image, BufferedImage.TYPE_INT_RGB);
        }
        return type == BufferedImage.TYPE_CUSTOM ? redraw(image, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB) : image;
    }

    private static BufferedImage redraw(BufferedImage image, int type) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The bytes of {@code image} (already {@link #prepare prepared}) in {@code encoding}, without any metadata. */
    public static byte[] encode(BufferedImage image, Encoding encoding) {
        ImageWriter writer = writer(encoding == Encoding.JPEG ? "com.sun.imageio.plugins.jpeg.JPEGImageWriterSpi"
                : "com.sun.imageio.plugins.png.PNGImageWriterSpi");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (encoding == Encoding.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter writer(String spiClass) {
        var it = IIORegistry.getDefaultInstance().getServiceProviders(ImageWriterSpi.class, true);
        while (it.hasNext()) {
            ImageWriterSpi spi = it.next();
            if (spi.getClass().getName().equals(spiClass)) {
                try {
                    return spi.createWriterInstance();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("the JDK's image writer is missing: " + spiClass);
    }
}
