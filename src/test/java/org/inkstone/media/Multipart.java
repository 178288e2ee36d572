package org.inkstone.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code multipart/form-data} request bodies for system tests that upload to the media library, built byte by
 * byte so that a test can also send what a browser would not (no file name, a wrong part type).
 */
public final class Multipart {

    /** The boundary of every body built here. */
    public static final String BOUNDARY = "----inkstone-media-test-7f3a";

    /** The request's {@code Content-Type} for a body built here. */
    public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private Multipart() {
    }

    /** One part: a form field ({@code fileName} and {@code contentType} null) or a file. */
    public record Part(String name, String fileName, String contentType, byte[] bytes) {
        /** A text field, UTF-8. */
        public static Part text(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        /** The part {@code file}, as the upload form sends it. */
        public static Part file(String fileName, String contentType, byte[] bytes) {
            return new Part("file", fileName, contentType, bytes);
        }
    }

    /** The body of {@code parts}, in order, closed by the final boundary. */
    public static byte[] body(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder h = new StringBuilder("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\"");
            if (p.fileName() != null) {
                h.append("; filename=\"").append(p.fileName()).append("\"");
            }
            h.append("\r\n");
            if (p.contentType() != null) {
                h.append("Content-Type: ").append(p.contentType()).append("\r\n");
            }
            h.append("\r\n");
            out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.bytes());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
