package org.inkstone.media;

/** The bytes of one stored file (an image or a page size of it) and its encoding: a MyBatis row bean. */
public class MediaFile {
    private String encoding;
    private byte[] bytes;

    public String getEncoding() { return encoding; }
    public void setEncoding(String encoding) { this.encoding = encoding; }
    public byte[] getBytes() { return bytes; }
    public void setBytes(byte[] bytes) { this.bytes = bytes; }
}
