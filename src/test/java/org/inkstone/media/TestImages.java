package org.inkstone.media;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test images made in code (no binary fixtures): photographs, graphics, files in each format, EXIF, bombs. */
public final class TestImages {

    /** A 1 × 1 lossy WebP (the JDK has no WebP writer): the RIFF/VP8 sample widely used for feature tests. */
    public static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    /** The Make (camera maker) written into {@link #withExif}: must never appear in a stored file. */
    public static final String CAMERA = "InkstoneSpyCam";

    private TestImages() {
    }

    /** A photograph-like image: gradients plus noise (many thousands of colours), seeded, opaque RGB. */
    public static BufferedImage photo(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / Math.max(1, width - 1) + random.nextInt(24)) & 0xFF;
                int g = (y * 255 / Math.max(1, height - 1) + random.nextInt(24)) & 0xFF;
                int b = ((x + y) * 127 / Math.max(1, width + height) + random.nextInt(24)) & 0xFF;
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return img;
    }

    /** A graphic: three flat colours (a chart), opaque RGB. */
    public static BufferedImage graphic(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xC0, 0x20, 0x20));
        g.fillRect(width / 8, height / 4, width / 4, height / 2);
        g.setColor(new Color(0x20, 0x40, 0xC0));
        g.fillRect(width / 2, height / 8, width / 4, height * 3 / 4);
        g.dispose();
        return img;
    }

    public static byte[] write(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] jpeg(BufferedImage img) {
        return write(img, "jpeg");
    }

    public static byte[] png(BufferedImage img) {
        return write(img, "png");
    }

    /** A GIF (the JDK's writer reduces the image to a palette). */
    public static byte[] gif(BufferedImage img) {
        return write(img, "gif");
    }

    /**
     * {@code jpeg} with an EXIF APP1 segment inserted after its JFIF header: IFD0 with Make {@link #CAMERA},
     * Orientation 1 and a GPS IFD (latitude N 39° 54′ 0″, as a phone writes it).
     */
    public static byte[] withExif(byte[] jpeg) {
        return withExif(jpeg, 1);
    }

    /** As {@link #withExif(byte[])} with the EXIF orientation {@code orientation} (1–8). */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(200); // big-endian ("MM")
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 3 * 12 + 4;               // 50
        int makeAt = gpsIfd + 2 + 2 * 12 + 4;             // 80
        int latitudeAt = makeAt + make.length;
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(makeAt);   // Make
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0); // Orientation
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);             // GPSInfo
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0); // GPSLatitudeRef
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latitudeAt);         // GPSLatitude
        tiff.putInt(0);
        tiff.put(make);
        tiff.putInt(39).putInt(1).putInt(54).putInt(1).putInt(0).putInt(1);
        byte[] tiffBytes = java.util.Arrays.copyOf(tiff.array(), tiff.position());
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiffBytes.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int app0End = 2 + 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF)); // SOI, then APP0 marker + its length
        if ((jpeg[2] & 0xFF) != 0xFF || (jpeg[3] & 0xFF) != 0xE0) {
            throw new IllegalStateException("expected a JFIF APP0 segment first");
        }
        out.write(jpeg, 0, app0End);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(header);
        out.writeBytes(tiffBytes);
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }

    /**
     * A valid PNG header declaring {@code width} × {@code height} RGB pixels, with one tiny compressed IDAT
     * chunk (a few dozen bytes in all): a decompression bomb's shape.
     */
    public static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] buf = new byte[256];
        int n = deflater.deflate(buf);
        chunk(out, "IDAT", java.util.Arrays.copyOf(buf, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** An HTML page, as a file renamed to {@code .jpg} would carry it. */
    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A zip archive holding one small image. */
    public static byte[] zip() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("photo.jpg"));
                zip.write(jpeg(photo(16, 16, 1)));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code needle} occurs in {@code haystack}. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
