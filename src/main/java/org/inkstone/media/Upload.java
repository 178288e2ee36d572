package org.inkstone.media;

/**
 * The outcome of an upload.
 *
 * @param media   the stored image
 * @param created false when the same image (same stored bytes) was already in the library: nothing new was
 *                stored, only its alt text replaced
 */
public record Upload(MediaView media, boolean created) {
}
