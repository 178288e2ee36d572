package org.inkstone.media;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Type detection, the encoding rule, size math, bomb refusal and metadata stripping, on images made in memory. */
class ImagePipelineTest {

    private static final MediaSettings SETTINGS = new MediaSettings(10 * 1024 * 1024, 50_000_000L, 1200, 400);
    private final ImageDecoder decoder = new ImageDecoder();
    private final ImagePipeline pipeline = new ImagePipeline();

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void theFormatIsDecidedByTheBytes() {
        BufferedImage img = TestImages.photo(32, 24, 1);
        assertEquals(ImageDecoder.Format.JPEG, decoder.detect(TestImages.jpeg(img)));
        assertEquals(ImageDecoder.Format.PNG, decoder.detect(TestImages.png(img)));
        assertEquals(ImageDecoder.Format.GIF, decoder.detect(TestImages.gif(img)));
        assertEquals(ImageDecoder.Format.WEBP, decoder.detect(TestImages.WEBP_1X1));
        assertNull(decoder.detect(TestImages.html()));
        assertNull(decoder.detect(TestImages.zip()));
        assertNull(decoder.detect(new byte[0]));
        assertNull(decoder.detect("GIF87".getBytes(StandardCharsets.US_ASCII)), "a signature prefix is not an image");
    }

    @Test
    void everyFormatDecodesToItsPixels() {
        BufferedImage img = TestImages.graphic(40, 30);
        for (byte[] file : List.of(TestImages.jpeg(img), TestImages.png(img), TestImages.gif(img))) {
            ImageDecoder.Decoded d = decoder.decode(file, 1_000_000);
            assertEquals(40, d.image().getWidth());
            assertEquals(30, d.image().getHeight());
        }
        ImageDecoder.Decoded webp = decoder.decode(TestImages.WEBP_1X1, 1_000_000);
        assertEquals(ImageDecoder.Format.WEBP, webp.format());
        assertEquals(1, webp.image().getWidth());
        assertEquals(1, webp.image().getHeight());
    }

    @Test
    void filesThatAreNotImagesAreRefusedAs415() {
        for (byte[] file : List.of(TestImages.html(), TestImages.zip(), new byte[0], "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))) {
            UnsupportedImageException e = assertThrows(UnsupportedImageException.class, () -> decoder.decode(file, 1_000_000));
            assertEquals(415, e.status());
            assertEquals("unsupported_image", e.code());
            assertTrue(e.getMessage().contains("JPEG、PNG、WebP 或 GIF"), e.getMessage());
        }
    }

    @Test
    void aTruncatedImageIsRefusedAs415() {
        byte[] png = TestImages.png(TestImages.photo(64, 64, 2));
        byte[] cut = Arrays.copyOf(png, png.length / 2);
        assertEquals(ImageDecoder.Format.PNG, decoder.detect(cut), "the signature is intact");
        assertEquals("unsupported_image", assertThrows(UnsupportedImageException.class, () -> decoder.decode(cut, 1_000_000)).code());
        byte[] jpeg = TestImages.jpeg(TestImages.photo(64, 64, 2));
        assertThrows(UnsupportedImageException.class, () -> decoder.decode(Arrays.copyOf(jpeg, 40), 1_000_000));
    }

    @Test
    void aPngDeclaring50000By50000PixelsIsRefusedFastWithoutDecoding() {
        byte[] bomb = TestImages.pngDeclaring(50_000, 50_000);
        assertTrue(bomb.length < 200, "a few dozen bytes: " + bomb.length);
        ImageTooLargePixelsException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(ImageTooLargePixelsException.class, () -> decoder.decode(bomb, 50_000_000)));
        assertEquals(400, e.status());
        assertEquals("image_too_large_pixels", e.code());
        assertTrue(e.getMessage().contains("50000 × 50000"), e.getMessage());
    }

    @Test
    void thePixelLimitIsInclusive() {
        byte[] png = TestImages.png(TestImages.graphic(100, 50));
        assertEquals(100, decoder.decode(png, 5_000).image().getWidth());
        assertThrows(ImageTooLargePixelsException.class, () -> decoder.decode(png, 4_999));
    }

    @Test
    void photographsBecomeJpegAndGraphicsPng() {
        assertEquals(Encoding.JPEG, ImageEncoder.choose(TestImages.photo(64, 48, 3)));
        assertEquals(Encoding.PNG, ImageEncoder.choose(TestImages.graphic(64, 48)));
    }

    @Test
    void theColourCountDecidesAtExactly256() {
        BufferedImage img = new BufferedImage(256, 2, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 256; x++) {
            img.setRGB(x, 0, x); // 256 distinct blues
            img.setRGB(x, 1, x);
        }
        assertEquals(256, ImageEncoder.distinctColoursUpTo(img, 257));
        assertEquals(Encoding.PNG, ImageEncoder.choose(img));
        img.setRGB(0, 1, 0xFF0000); // the 257th colour
        assertEquals(257, ImageEncoder.distinctColoursUpTo(img, 257));
        assertEquals(Encoding.JPEG, ImageEncoder.choose(img));
    }

    @Test
    void oneTranslucentPixelMakesAPhotographPng() {
        BufferedImage photo = TestImages.photo(64, 48, 4);
        BufferedImage argb = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        argb.getGraphics().drawImage(photo, 0, 0, null);
        assertEquals(Encoding.JPEG, ImageEncoder.choose(argb), "an alpha channel that is all opaque does not count");
        argb.setRGB(10, 10, 0x80FFFFFF & argb.getRGB(10, 10));
        assertEquals(Encoding.PNG, ImageEncoder.choose(argb));
    }

    @Test
    void pageSizesAreNeverEnlargedAndKeepTheAspectRatio() {
        assertArrayEquals(new int[] {1200, 900}, ImageEncoder.renditionSize(4000, 3000, 1200));
        assertArrayEquals(new int[] {400, 267}, ImageEncoder.renditionSize(3001, 2000, 400), "266.58 rounds to 267");
        assertArrayEquals(new int[] {400, 1}, ImageEncoder.renditionSize(5000, 2, 400), "never 0 pixels high");
        assertArrayEquals(new int[] {1200, 1}, ImageEncoder.renditionSize(1201, 1, 1200));
        assertNull(ImageEncoder.renditionSize(1200, 800, 1200), "as wide as the size: the original serves");
        assertNull(ImageEncoder.renditionSize(300, 3000, 400));
    }

    @Test
    void exifAndGpsNeverReachTheStoredFiles() throws IOException {
        byte[] upload = TestImages.withExif(TestImages.jpeg(TestImages.photo(1600, 900, 5)));
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        byte[] camera = TestImages.CAMERA.getBytes(StandardCharsets.US_ASCII);
        assertTrue(TestImages.contains(upload, exif) && TestImages.contains(upload, camera), "the upload carries EXIF");
        assertEquals(1600, read(upload).getWidth(), "and still decodes");

        ImagePipeline.Processed p = pipeline.process(upload, SETTINGS);
        assertEquals(Encoding.JPEG, p.encoding());
        assertEquals(ImageDecoder.Format.JPEG, p.source());
        List<byte[]> stored = new java.util.ArrayList<>(List.of(p.bytes()));
        p.renditions().forEach(r -> stored.add(r.bytes()));
        assertEquals(3, stored.size());
        for (byte[] file : stored) {
            assertFalse(TestImages.contains(file, exif), "no EXIF segment");
            assertFalse(TestImages.contains(file, camera), "no camera make");
            assertFalse(TestImages.contains(file, new byte[] {(byte) 0xFF, (byte) 0xE1}), "no APP1 marker at all");
            assertEquals((byte) 0xFF, file[0]);
            assertEquals((byte) 0xD8, file[1]);
        }
    }

    @Test
    void pngOutputCarriesNoTextChunks() {
        ImagePipeline.Processed p = pipeline.process(TestImages.png(TestImages.graphic(300, 200)), SETTINGS);
        assertEquals(Encoding.PNG, p.encoding());
        for (String chunk : List.of("tEXt", "iTXt", "zTXt", "eXIf", "tIME")) {
            assertFalse(TestImages.contains(p.bytes(), chunk.getBytes(StandardCharsets.US_ASCII)), chunk);
        }
    }

    @Test
    void theSameImageGivesTheSameHashAndAWideOneTwoPageSizes() throws IOException {
        byte[] upload = TestImages.jpeg(TestImages.photo(2000, 1000, 6));
        ImagePipeline.Processed a = pipeline.process(upload, SETTINGS);
        ImagePipeline.Processed b = pipeline.process(upload.clone(), SETTINGS);
        assertEquals(a.hash(), b.hash());
        assertTrue(a.hash().matches("[0-9a-f]{64}"));
        assertEquals(ImagePipeline.sha256(a.bytes()), a.hash(), "the hash is of the stored bytes");
        assertEquals(2000, a.width());
        assertEquals(1000, a.height());
        assertEquals(List.of(1200, 400), a.renditions().stream().map(ImagePipeline.Rendition::width).toList());
        assertEquals(List.of(600, 200), a.renditions().stream().map(ImagePipeline.Rendition::height).toList());
        BufferedImage large = read(a.renditions().get(0).bytes());
        assertEquals(1200, large.getWidth());
        assertEquals(600, large.getHeight());
    }

    @Test
    void aNarrowImageGetsOnlyTheSizesBelowItsWidth() {
        assertEquals(List.of(400), pipeline.process(TestImages.png(TestImages.graphic(800, 600)), SETTINGS).renditions()
                .stream().map(ImagePipeline.Rendition::width).toList());
        assertEquals(List.of(), pipeline.process(TestImages.gif(TestImages.graphic(300, 200)), SETTINGS).renditions());
    }

    @Test
    void gifAndWebpAreStoredAsPngOrJpegNeverAsThemselves() {
        ImagePipeline.Processed gif = pipeline.process(TestImages.gif(TestImages.graphic(120, 80)), SETTINGS);
        assertEquals(ImageDecoder.Format.GIF, gif.source());
        assertEquals(Encoding.PNG, gif.encoding());
        ImagePipeline.Processed webp = pipeline.process(TestImages.WEBP_1X1, SETTINGS);
        assertEquals(ImageDecoder.Format.WEBP, webp.source());
        assertEquals(Encoding.PNG, webp.encoding(), "one colour: a graphic");
        assertEquals(1, webp.width());
    }

    /** A 40 × 20 image: red left half, blue right half (a graphic, so stored losslessly as PNG). */
    private static BufferedImage halves() {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                img.setRGB(x, y, x < 20 ? 0xFF0000 : 0x0000FF);
            }
        }
        return img;
    }

    private static boolean reddish(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && (rgb & 0xFF) < 60;
    }

    private static boolean bluish(int rgb) {
        return (rgb & 0xFF) > 200 && ((rgb >> 16) & 0xFF) < 60;
    }

    @Test
    void aPhoneJpegIsTurnedUprightByItsExifOrientationBeforeTheMetadataGoes() throws IOException {
        byte[] jpeg = TestImages.jpeg(halves());
        // 6: the camera was turned clockwise; viewers rotate 90° clockwise, so the left (red) half comes on top
        BufferedImage six = read(pipeline.process(TestImages.withExif(jpeg, 6), SETTINGS).bytes());
        assertEquals(20, six.getWidth());
        assertEquals(40, six.getHeight());
        assertTrue(reddish(six.getRGB(10, 5)) && bluish(six.getRGB(10, 34)), "red on top, blue below");
        // 8: counter-clockwise, the red half at the bottom
        BufferedImage eight = read(pipeline.process(TestImages.withExif(jpeg, 8), SETTINGS).bytes());
        assertEquals(40, eight.getHeight());
        assertTrue(bluish(eight.getRGB(10, 5)) && reddish(eight.getRGB(10, 34)), "blue on top, red below");
        // 3: upside down, red on the right
        BufferedImage three = read(pipeline.process(TestImages.withExif(jpeg, 3), SETTINGS).bytes());
        assertEquals(40, three.getWidth());
        assertTrue(bluish(three.getRGB(5, 10)) && reddish(three.getRGB(34, 10)));
        // 2: mirrored, red on the right, same size
        assertTrue(reddish(read(pipeline.process(TestImages.withExif(jpeg, 2), SETTINGS).bytes()).getRGB(34, 10)));
        // 1 and no EXIF: as stored
        BufferedImage one = read(pipeline.process(TestImages.withExif(jpeg, 1), SETTINGS).bytes());
        assertTrue(reddish(one.getRGB(5, 10)) && bluish(one.getRGB(34, 10)));
        assertEquals(1, ExifOrientation.of(jpeg));
        assertEquals(6, ExifOrientation.of(TestImages.withExif(jpeg, 6)));
        assertEquals(1, ExifOrientation.of(TestImages.png(halves())), "not a JPEG: as stored");
    }

    @Test
    void everyOrientationGivesTheRightShape() {
        BufferedImage img = halves();
        for (int o = 1; o <= 8; o++) {
            BufferedImage out = ExifOrientation.apply(img, o);
            assertEquals(o >= 5 ? 20 : 40, out.getWidth(), "orientation " + o);
            assertEquals(o >= 5 ? 40 : 20, out.getHeight(), "orientation " + o);
        }
        // 5 (transpose): (x, y) -> (y, x): the red half is on top, as for 6; 7 (transverse): at the bottom, as for 8
        assertTrue(reddish(ExifOrientation.apply(img, 5).getRGB(0, 0)));
        assertTrue(bluish(ExifOrientation.apply(img, 7).getRGB(0, 0)));
        assertTrue(bluish(ExifOrientation.apply(img, 4).getRGB(39, 0)) && reddish(ExifOrientation.apply(img, 4).getRGB(0, 19)));
    }

    @Test
    void oneImageAtATimeAndAWaitingUploadIsToldToComeBackInsteadOfQueueing() throws Exception {
        assertEquals(1, ImagePipeline.CONCURRENT);
        java.util.concurrent.Semaphore permits = new java.util.concurrent.Semaphore(1, true);
        ImagePipeline busy = new ImagePipeline(permits, 50);
        byte[] upload = TestImages.png(TestImages.graphic(300, 200));
        permits.acquire(); // another image is being processed
        ImageBusyException e = assertThrows(ImageBusyException.class, () -> busy.process(upload, SETTINGS));
        assertEquals(503, e.status());
        assertEquals("image_busy", e.code());
        assertEquals(ImagePipeline.RETRY_AFTER_SECONDS, e.retryAfterSeconds());
        permits.release();
        assertEquals(300, busy.process(upload, SETTINGS).width());
        assertEquals(1, permits.availablePermits(), "the permit is given back");
    }

    @Test
    void runningOutOfHeapWhileProcessingIsAnsweredAsBusy() {
        ImageBusyException e = assertThrows(ImageBusyException.class, () -> ImagePipeline.outOfMemoryAsBusy(() -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        assertEquals(503, e.status());
        assertEquals("image_busy", e.code());
        assertEquals("done", ImagePipeline.outOfMemoryAsBusy(() -> "done"));
    }

    @Test
    void theSmallSizeIsMadeFromTheLargeOneWithTheRightDimensions() throws IOException {
        ImagePipeline.Processed p = pipeline.process(TestImages.jpeg(TestImages.photo(2400, 1500, 7)), SETTINGS);
        assertEquals(List.of(1200, 400), p.renditions().stream().map(ImagePipeline.Rendition::width).toList());
        assertEquals(List.of(750, 250), p.renditions().stream().map(ImagePipeline.Rendition::height).toList());
        BufferedImage small = read(p.renditions().get(1).bytes());
        assertEquals(400, small.getWidth());
        assertEquals(250, small.getHeight());
    }
}
