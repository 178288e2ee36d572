package org.inkstone.captcha;

/** The PNG bytes of a challenge (a one-column result; MyBatis maps a bare {@code byte[]} as a list of rows). */
public class ChallengeImage {
    private byte[] image;

    public byte[] getImage() { return image; }
    public void setImage(byte[] image) { this.image = image; }
}
