package org.inkstone.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The EXIF orientation of a JPEG (how the camera was held), applied to the pixels before the metadata is
 * thrown away: without it a phone photo whose pixels are stored sideways, and turned upright only by its EXIF
 * tag, would be served sideways. Values 1–8 as TIFF 6.0 and EXIF 2.3 define them (1: as stored; 6: rotate
 * 90° clockwise to view; ...). Read with TwelveMonkeys' EXIF (TIFF) reader. Stateless and thread-safe.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** The orientation tag of the JPEG in {@code bytes}, 1–8; 1 when there is none or it cannot be read. */
    static int of(byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (segments.isEmpty()) {
                return 1;
            }
            InputStream data = segments.get(0).data();
            data.read(); // the pad byte after "Exif\0"
            try (ImageInputStream exif = new MemoryCacheImageInputStream(data)) {
                Directory directory = new TIFFReader().read(exif);
                Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
                if (entry != null && entry.getValue() instanceof Number n && n.intValue() >= 1 && n.intValue() <= 8) {
                    return n.intValue();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // broken EXIF: shown as stored
        }
        return 1;
    }

    /** {@code image} turned (and mirrored) so that orientation {@code orientation} becomes 1; the same image for 1. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        // x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12 (pixel edges, so nearest neighbour is exact)
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // rotate 90° clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);   // rotate 90° counter-clockwise
            default -> null;
        };
        if (t == null) {
            return image;
        }
        boolean turned = orientation >= 5;
        int type = image.getType() == BufferedImage.TYPE_CUSTOM ? (image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB) : image.getType();
        BufferedImage out = type == BufferedImage.TYPE_BYTE_INDEXED || type == BufferedImage.TYPE_BYTE_BINARY
                ? new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_ARGB)
                : new BufferedImage(turned ? h : w, turned ? w : h, type);
        return new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, out);
    }
}
